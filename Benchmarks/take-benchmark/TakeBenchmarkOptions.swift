import Foundation

/// `take-benchmark [--answers N] [--startups N]`.
struct TakeBenchmarkOptions {
  /// Answers typed, each timed from Enter to the next prompt.
  var answers = 1000
  /// Start-ups of `vigil take` and of `vigil --version`, each timed.
  var startups = 20

  init(_ arguments: ArraySlice<String>) {
    var remaining = arguments
    while let argument = remaining.popFirst() {
      switch argument {
      case "--answers": answers = max(1, remaining.popFirst().flatMap { Int($0) } ?? answers)
      case "--startups": startups = max(1, remaining.popFirst().flatMap { Int($0) } ?? startups)
      default:
        print("usage: take-benchmark [--answers N] [--startups N]")
        exit(2)
      }
    }
  }
}
