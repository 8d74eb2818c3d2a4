import VigilLedger

/// `vigil learner show --format json`: a learner, their licenses and each license's credits.
struct LearnerSheetDocument: Encodable {
  var learner: LearnerDocument
  var licenses: [LicenseDocument]
  var extraTimePercent: Int

  init(_ sheet: LearnerSheet) {
    learner = LearnerDocument(sheet.learner)
    extraTimePercent = sheet.extraTimePercent
    licenses = sheet.licenses.map { LicenseDocument($0.license, credits: $0.credits, totalMinutes: $0.totalMinutes) }
  }
}
