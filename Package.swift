// swift-tools-version: 6.1
import Foundation
import PackageDescription

/// libFuzzer targets, one per folder of `Fuzz/` (its seed corpus is `Fuzz/corpus/<name>/`), each an
/// executable `fuzz-<name>` over the pure library modules; the certificate readers' targets also get the
/// signing and credentials modules and `Fuzz/support-certificates` (a sample certificate and status
/// list). They exist only when `VIGIL_FUZZ=1` (set by `scripts/fuzz`, which builds them with
/// `-sanitize=fuzzer` in `.build-fuzz`), so normal builds and CI never compile them.
let fuzzTargets: [Target] = {
  guard ProcessInfo.processInfo.environment["VIGIL_FUZZ"] == "1" else { return [] }
  let folder = Context.packageDirectory + "/Fuzz"
  let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
  let certificateReaders: Set<String> = ["status-list", "certificate-token"]
  // The key-set target reads JWK Sets, VigilSigning's.
  let signingReaders: Set<String> = ["key-set"]
  let certificateModules: [Target.Dependency] = ["FuzzCertificates", "VigilSigning", "VigilLedger", "VigilCredentials"]
  let support = Target.target(name: "FuzzSupport", dependencies: ["VigilGrading"], path: "Fuzz/support")
  let certificates = Target.target(
    name: "FuzzCertificates",
    dependencies: [
      "VigilBase", "VigilGrading", "VigilSigning", "VigilLedger", "VigilCourse", "VigilCredentials",
      .product(name: "Crypto", package: "swift-crypto"),
    ],
    path: "Fuzz/support-certificates")
  return [support, certificates]
    + names.filter { $0 != "corpus" && !$0.hasPrefix("support") && !$0.hasPrefix(".") }.sorted().map { name in
      .executableTarget(
        name: "fuzz-\(name)",
        dependencies: ["FuzzSupport", "VigilBase", "VigilXML", "VigilGrading", "VigilCourse", "VigilBoards", "VigilSession"]
          + ["VigilExchange"] + (certificateReaders.contains(name) ? certificateModules : [])
          + (signingReaders.contains(name) ? ["VigilSigning"] : []),
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
    // cairo draws the PDF certificate and pango lays out its text; pangocairo's pkg-config file
    // requires cairo's, so its flags bring both.
    .systemLibrary(
      name: "CCairo",
      pkgConfig: "pangocairo",
      providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
    ),

    // sqlite3_config, which Swift cannot call (it is variadic), for the ledger's process-wide settings.
    .systemLibrary(name: "CSQLiteSettings", providers: [.apt(["libsqlite3-dev"])]),

    // zlib compresses the certificates' status list (GZIP, as the W3C Bitstring Status List requires).
    .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

    // The schemas in Schemas/ compiled into the binary (a `vigil` copied elsewhere still validates).
    .executableTarget(
      name: "embed-schema", path: "Tools/embed-schema",
      // The fuzz build links libFuzzer's runtime into every executable, this build tool too.
      swiftSettings: ProcessInfo.processInfo.environment["VIGIL_FUZZ"] == "1" ? [.define("VIGIL_FUZZ_BUILD")] : []
    ),
    .plugin(name: "EmbedSchemas", capability: .buildTool(), dependencies: ["embed-schema"]),

    // Core libraries
    .target(name: "VigilBase"),
    .target(name: "VigilXML", dependencies: ["CLibXML2", "VigilBase"]),
    .target(
      name: "VigilSchemas",
      path: "Schemas",
      exclude: ["course.xsd", "board.xsd", "completion-batch.xsd"],
      plugins: ["EmbedSchemas"]
    ),
    .target(name: "VigilGrading", dependencies: ["VigilBase"]),
    .target(name: "VigilSigning", dependencies: ["VigilBase", .product(name: "Crypto", package: "swift-crypto")]),
    .target(
      name: "VigilCourse",
      dependencies: ["VigilBase", "VigilXML", "VigilSchemas", "VigilGrading", .product(name: "Crypto", package: "swift-crypto")]
    ),
    .target(name: "VigilBoards", dependencies: ["VigilBase", "VigilXML", "VigilCourse", "VigilSchemas"]),
    .target(name: "VigilSession", dependencies: ["VigilBase", "VigilCourse", "VigilGrading", "VigilBoards"]),
    .target(
      name: "VigilLedger",
      dependencies: [
        "VigilSigning",
        "VigilBase",
        "VigilCourse",
        "VigilGrading",
        "VigilBoards",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
        "CSQLiteSettings",
      ]
    ),

    // Certificates: numbers, the Open Badges 3.0 credential (VC-JWT), the PDF, issuing and verifying.
    .target(
      name: "VigilCredentials",
      dependencies: [
        "CCairo", "CZlib", "VigilBase", "VigilSigning", "VigilLedger", "VigilCourse", "VigilBoards",
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),

    // Board exchange: completion records (csv, xml, jsonl, xapi, cebroker-csv), signed batches, and the board's side: trust,
    // roster, import, compliance.
    .target(
      name: "VigilExchange",
      dependencies: [
        "CLibXML2", "VigilXML", "VigilSchemas", "VigilBase", "VigilSigning", "VigilLedger", "VigilBoards", "VigilCourse",
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),

    .target(
      name: "VigilEngine",
      dependencies: [
        "VigilBase", "VigilCourse", "VigilGrading", "VigilBoards", "VigilSession", "VigilLedger", "VigilSigning",
        "VigilCredentials",
      ]
    ),

    // The commands: argument parsing, rendering, the terminal adapter and the one error-to-exit map.
    .target(
      name: "VigilCommands",
      dependencies: [
        "VigilEngine",
        "VigilSession",
        "VigilBase",
        "VigilXML",
        "VigilCourse",
        "VigilGrading",
        "VigilBoards",
        "VigilLedger",
        "VigilSigning",
        "VigilCredentials",
        "VigilExchange",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // Executable
    .executableTarget(name: "vigil", dependencies: ["VigilCommands"]),

    // Benchmarks
    .target(
      name: "BenchmarkSupport", dependencies: [.product(name: "GRDB", package: "GRDB.swift")], path: "Benchmarks/support"),
    .executableTarget(
      name: "validate-benchmark", dependencies: ["BenchmarkSupport"], path: "Benchmarks/validate-benchmark"),
    .executableTarget(
      name: "grade-benchmark",
      dependencies: ["VigilGrading", "VigilLedger"],
      path: "Benchmarks/grade-benchmark"
    ),
    .executableTarget(
      name: "ledger-benchmark",
      dependencies: [
        "BenchmarkSupport", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto"),
        "VigilBase", "VigilLedger", "VigilBoards", "VigilCourse", "VigilGrading",
      ],
      path: "Benchmarks/ledger-benchmark"
    ),
    .executableTarget(
      name: "exchange-benchmark",
      dependencies: [
        "BenchmarkSupport", "VigilBase", "VigilBoards", "VigilLedger", "VigilSigning",
        .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto"),
      ],
      path: "Benchmarks/exchange-benchmark"
    ),
    .executableTarget(name: "take-benchmark", dependencies: ["BenchmarkSupport"], path: "Benchmarks/take-benchmark"),
    .executableTarget(
      name: "certificate-benchmark",
      dependencies: [
        "BenchmarkSupport", "VigilBase", "VigilBoards", "VigilCourse", "VigilCredentials", "VigilEngine", "VigilGrading",
        "VigilLedger", "VigilSigning", .product(name: "Crypto", package: "swift-crypto"),
      ],
      path: "Benchmarks/certificate-benchmark"),
    .executableTarget(
      name: "compliance-benchmark",
      dependencies: [
        "BenchmarkSupport", "VigilBase", "VigilBoards", "VigilLedger", "VigilSigning",
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      path: "Benchmarks/compliance-benchmark"),

    // Tests
    .target(name: "VigilTestSupport", path: "Tests/VigilTestSupport"),
    .testTarget(name: "VigilBaseTests", dependencies: ["VigilBase"]),
    .testTarget(name: "VigilXMLTests", dependencies: ["VigilBase", "VigilXML", "VigilTestSupport"]),
    .testTarget(name: "VigilCourseTests", dependencies: ["VigilBase", "VigilCourse", "VigilTestSupport"]),
    .testTarget(name: "VigilBoardsTests", dependencies: ["VigilBase", "VigilBoards", "VigilCourse", "VigilTestSupport"]),
    .testTarget(
      name: "VigilSessionTests",
      dependencies: ["VigilBase", "VigilSession", "VigilCourse", "VigilGrading", "VigilBoards", "VigilTestSupport"]
    ),
    .testTarget(
      name: "VigilGradingTests",
      dependencies: [
        "VigilGrading",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    .testTarget(
      name: "VigilSigningTests",
      dependencies: ["VigilBase", "VigilSigning", "VigilTestSupport", .product(name: "Crypto", package: "swift-crypto")]
    ),
    .testTarget(
      name: "VigilLedgerTests",
      dependencies: [
        "VigilBase", "VigilLedger", "VigilBoards", "VigilCourse", "VigilGrading", "VigilSigning", "VigilTestSupport",
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      // Old ledgers the migration tests open, read from the repository by path, with their scripts.
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "VigilCredentialsTests",
      dependencies: [
        "VigilBase", "VigilCredentials", "VigilLedger", "VigilSigning", "VigilCourse", "VigilBoards", "VigilGrading",
        "VigilTestSupport", .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      exclude: ["Golden"]
    ),
    .testTarget(
      name: "VigilExchangeTests",
      dependencies: [
        "VigilBase", "VigilExchange", "VigilLedger", "VigilSigning", "VigilBoards", "VigilCourse", "VigilGrading",
        "VigilCredentials", "VigilXML", "VigilTestSupport",
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    // Test tool: a separate process that writes to a ledger, for the concurrency and crash tests.
    .executableTarget(name: "ledger-writer", dependencies: ["VigilLedger", "VigilGrading"], path: "Tests/LedgerWriter"),
    // Test tool: `vigil` with a clock the end-to-end tests set (VIGIL_TEST_CLOCK); never installed.
    .executableTarget(name: "vigil-under-test", dependencies: ["VigilCommands"], path: "Tests/VigilUnderTest"),
    .testTarget(
      name: "vigilTests",
      dependencies: [
        "vigil", "vigil-under-test", "VigilBase", "VigilTestSupport", "VigilLedger", "VigilBoards", "VigilCourse",
        "VigilSigning", "VigilCredentials", "VigilExchange",
      ],
      // The commands' expected JSON, read from the repository by path.
      exclude: ["Golden"]
    ),
  ] + fuzzTargets
)
