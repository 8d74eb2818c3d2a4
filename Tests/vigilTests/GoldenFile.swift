import VigilTestSupport

/// The reviewed files in `Tests/vigilTests/Golden/` that `--format json` documents are compared with.
let GoldenFile = GoldenFolder("Tests/vigilTests/Golden")
