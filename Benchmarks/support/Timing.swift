#if canImport(Glibc)
  import Glibc
#endif

// Clocks, counters and number formatting the benchmarks share.

/// Wall-clock seconds from the monotonic clock.
public func monotonicSeconds() -> Double {
  var now = timespec()
  clock_gettime(CLOCK_MONOTONIC, &now)
  return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

/// Runs `body` and returns its result with the seconds it took.
public func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
  let start = monotonicSeconds()
  let result = try body()
  return (result, monotonicSeconds() - start)
}

/// CPU seconds (user + system) this process has used so far.
public func cpuSeconds() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
    + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

/// This process's peak resident memory in MiB (getrusage's ru_maxrss is in KiB on Linux).
public func peakMebibytes() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Double(usage.ru_maxrss) / 1024
}

/// A number with `digits` decimals.
public func decimal(_ value: Double, _ digits: Int = 2) -> String {
  var scale = 1.0
  for _ in 0..<digits { scale *= 10 }
  let rounded = (value * scale).rounded() / scale
  let text = String(rounded)
  let parts = text.split(separator: ".", maxSplits: 1)
  let fraction = parts.count > 1 ? String(parts[1]) : ""
  return digits == 0
    ? String(parts[0]) : parts[0] + "." + fraction.padding(toLength: digits, withPad: "0", startingAt: 0)
}

/// Rows per second, rounded to a whole number with thousands separators.
public func rate(_ rows: Int, _ seconds: Double) -> String {
  let value = Int((Double(rows) / seconds).rounded())
  var text = String(value)
  var index = text.count - 3
  while index > 0 {
    text.insert(",", at: text.index(text.startIndex, offsetBy: index))
    index -= 3
  }
  return text
}
