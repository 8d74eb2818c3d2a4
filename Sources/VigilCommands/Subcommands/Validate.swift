import ArgumentParser
import Foundation
import VigilBase
import VigilBoards
import VigilCourse

extension VigilCommand {
  /// `vigil validate PATH...`: checks course packages (and board files) for every problem in one pass.
  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check course packages and board files: XML, schema and semantic rules, all at once.",
      discussion: """
        Each PATH is a package folder (holding course.xml), a folder to search, or a file. Problems are \
        printed as path:line:column: error|warning: message [rule-id], then a summary line. Exit status: \
        0 when there are no errors (and no warnings with --strict), 1 when there are, 2 on usage errors.
        """
    )

    @Argument(help: "Package folders, folders to search, or files.")
    var paths: [String]

    @OptionGroup var output: FormatOptions

    @Flag(help: "Fail on warnings too.")
    var strict = false

    @Option(help: "The date expiry warnings are measured from (YYYY-MM-DD); today by default.")
    var today: CalendarDate?

    @Option(help: "How many packages to validate at once (default: the number of cores).")
    var jobs: Int?

    @Option(help: "Days after which a resource's verified date or a reference's checked date is due (default 180).")
    var reviewDays = 180

    mutating func validate() throws {
      if let jobs, !(1...256).contains(jobs) { throw ValidationError("--jobs must be from 1 to 256") }
      if !(1...36_500).contains(reviewDays) { throw ValidationError("--review-days must be from 1 to 36500") }
    }

    mutating func run() throws {
      let context = ValidationContext(today: today ?? CommandClock.today(), reviewDays: reviewDays)
      let today = context.today
      let validator = PathValidator(
        validator: CourseValidator(context: context), workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount
      ) {
        PathValidator.Toolkit(reader: try CoursePackageReader(), documentValidators: [try BoardValidator(today: today)])
      }
      let report = try validator.validate(paths: paths)
      try DiagnosticPrinter(format: output.format, output: .standardOutput).print(report)
      if report.failed(strict: strict) { throw ProblemsFound() }
    }
  }
}
