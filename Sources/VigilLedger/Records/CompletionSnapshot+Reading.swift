import Foundation

extension CompletionSnapshot {
  /// The snapshot's stored form, member for member (see ``canonical``).
  private struct Stored: Decodable {
    struct Approval: Decodable {
      var approver: String
      var example: Bool
      var hundredthsOfHour: Int
      var minutesPerHour: Int
      var number: String
      var statement: String
    }
    var approvals: [Approval]
    var course: String
    var learnerName: String
    var providerName: String
    var providerWeb: String?
    var title: String
    var version: String
  }

  /// Reads a snapshot back from the canonical JSON text a `completions` row holds.
  ///
  /// - Throws: ``LedgerError/Code-swift.struct/damaged`` when the text is not a snapshot.
  init(stored text: String, in place: @autoclosure () -> String) throws(LedgerError) {
    let stored: Stored
    do {
      stored = try JSONDecoder().decode(Stored.self, from: Data(text.utf8))
    } catch {
      throw .damaged("\(place()) holds a snapshot that cannot be read (\(error))")
    }
    self.init(
      learnerName: stored.learnerName, courseID: stored.course, courseVersion: stored.version,
      courseTitle: stored.title, providerName: stored.providerName, providerWeb: stored.providerWeb,
      approvals: stored.approvals.map {
        ApprovalSnapshot(
          approver: $0.approver, number: $0.number, statement: $0.statement, hundredthsOfHour: $0.hundredthsOfHour,
          minutesPerHour: $0.minutesPerHour, isExample: $0.example)
      })
  }
}
