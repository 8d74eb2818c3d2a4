// swift-tools-version: 6.1
import Foundation
import PackageDescription

/// libFuzzer targets, one per folder of `Fuzz/` (its seed corpus is `Fuzz/corpus/<name>/`), each an
/// executable `fuzz-<name>` over the pure library modules. They exist only when `VIGIL_FUZZ=1`
/// (set by `scripts/fuzz`, which builds them with `-sanitize=fuzzer` in `.build-fuzz`), so normal
/// builds and CI never compile them.
let fuzzTargets: [Target] = {
  guard ProcessInfo.processInfo.environment["VIGIL_FUZZ"] == "1" else { return [] }
  let folder = Context.packageDirectory + "/Fuzz"
  let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
  return names.filter { $0 != "corpus" && !$0.hasPrefix(".") }.sorted().map { name in
    .executableTarget(
      name: "fuzz-\(name)",
      dependencies: ["VigilXML", "VigilGrading", "VigilCourse", "VigilBoards"],
      path: "Fuzz/\(name)"
    )
  }
}()

let package = Package(
  name: "Vigil",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "vigil", targets: ["vigil"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "4.5.0"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
  ],
  targets: [
    // System libraries
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),

    // Core libraries
    .target(name: "VigilXML", dependencies: ["CLibXML2"]),
    .target(
      name: "VigilSchemas",
      path: "Schemas",
      resources: [.copy("course.xsd"), .copy("board.xsd")]
    ),
    .target(name: "VigilGrading"),
    .target(name: "VigilCourse", dependencies: ["VigilXML", "VigilSchemas", "VigilGrading"]),
    .target(name: "VigilBoards", dependencies: ["VigilXML", "VigilCourse", "VigilSchemas"]),
    .target(
      name: "VigilLedger",
      dependencies: [
        "VigilCourse",
        "VigilGrading",
        "VigilBoards",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),

    // Executable
    .executableTarget(
      name: "vigil",
      dependencies: [
        "VigilCourse",
        "VigilGrading",
        "VigilBoards",
        "VigilLedger",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // Benchmarks
    .executableTarget(name: "validate-benchmark", path: "Benchmarks/validate-benchmark"),
    .executableTarget(
      name: "grade-benchmark",
      dependencies: ["VigilGrading", .product(name: "GRDB", package: "GRDB.swift")],
      path: "Benchmarks/grade-benchmark"
    ),
    .executableTarget(
      name: "ledger-benchmark",
      dependencies: ["VigilLedger", "VigilBoards", "VigilCourse", "VigilGrading"],
      path: "Benchmarks/ledger-benchmark"
    ),

    // Tests
    .target(name: "VigilTestSupport", path: "Tests/VigilTestSupport"),
    .testTarget(name: "VigilXMLTests", dependencies: ["VigilXML", "VigilTestSupport"]),
    .testTarget(name: "VigilCourseTests", dependencies: ["VigilCourse", "VigilTestSupport"]),
    .testTarget(name: "VigilBoardsTests", dependencies: ["VigilBoards", "VigilCourse", "VigilTestSupport"]),
    .testTarget(
      name: "VigilGradingTests",
      dependencies: [
        "VigilGrading",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    .testTarget(
      name: "VigilLedgerTests",
      dependencies: ["VigilLedger", "VigilBoards", "VigilCourse", "VigilGrading", "VigilTestSupport"]
    ),
    // Test tool: a separate process that writes to a ledger, for the concurrency and crash tests.
    .executableTarget(name: "ledger-writer", dependencies: ["VigilLedger", "VigilGrading"], path: "Tests/LedgerWriter"),
    .testTarget(
      name: "vigilTests",
      dependencies: ["vigil", "VigilTestSupport", "VigilLedger", "VigilBoards", "VigilCourse"]
    ),
  ] + fuzzTargets
)
