/// The benchmark's command-line options.
struct BenchmarkArguments {
  var packages = 1_000
  var runs = 3

  init(_ arguments: [String]) {
    var iterator = arguments.dropFirst().makeIterator()
    while let argument = iterator.next() {
      switch argument {
      case "--packages": packages = iterator.next().flatMap(Int.init) ?? packages
      case "--runs": runs = iterator.next().flatMap(Int.init) ?? runs
      default: print("ignoring unknown argument \(argument)")
      }
    }
    packages = max(1, packages)
    runs = max(1, runs)
  }
}
