/// `vigil learner show --format json`: a learner, their licenses and each license's credits.
struct LearnerSheetDocument: Encodable {
  var learner: LearnerDocument
  var licenses: [LicenseDocument]

  init(_ sheet: LearnerPrinter.Sheet) {
    learner = LearnerDocument(sheet.learner)
    licenses = zip(sheet.licenses, sheet.totals).map { LicenseDocument($0.0, credits: $0.1, totalMinutes: $1) }
  }
}
