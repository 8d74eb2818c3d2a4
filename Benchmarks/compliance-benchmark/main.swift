print("compliance-benchmark: not written yet")
