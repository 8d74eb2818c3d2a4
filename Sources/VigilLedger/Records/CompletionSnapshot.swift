import VigilBase
import VigilCourse

/// Everything a certificate or a board record prints about a completion, fixed when it is recorded:
/// nothing later depends on course files that may have changed since.
public struct CompletionSnapshot: Sendable, Hashable {
  /// One approval as the course stated it at completion.
  public struct ApprovalSnapshot: Sendable, Hashable {
    /// The approver, e.g. `ANCC`.
    public var approver: String
    /// The approval or activity number.
    public var number: String
    /// The statement certificates print word for word.
    public var statement: String
    /// The approved credit in hundredths of an hour.
    public var hundredthsOfHour: Int
    /// Minutes of learning per approved hour.
    public var minutesPerHour: Int
    /// Whether the approval is an example: its credit is sample credit, never reportable.
    public var isExample: Bool

    /// Creates an approval snapshot.
    public init(
      approver: String, number: String, statement: String, hundredthsOfHour: Int, minutesPerHour: Int, isExample: Bool
    ) {
      self.approver = approver
      self.number = number
      self.statement = statement
      self.hundredthsOfHour = hundredthsOfHour
      self.minutesPerHour = minutesPerHour
      self.isExample = isExample
    }
  }

  /// The learner's name as it must appear on the certificate, at the time of completion.
  public var learnerName: String
  /// The course id, version and title.
  public var courseID: String
  public var courseVersion: String
  public var courseTitle: String
  /// The provider's name and web address.
  public var providerName: String
  public var providerWeb: String?
  /// Each approval of the course.
  public var approvals: [ApprovalSnapshot]

  /// Creates a snapshot.
  public init(
    learnerName: String, courseID: String, courseVersion: String, courseTitle: String, providerName: String,
    providerWeb: String?, approvals: [ApprovalSnapshot]
  ) {
    self.learnerName = learnerName
    self.courseID = courseID
    self.courseVersion = courseVersion
    self.courseTitle = courseTitle
    self.providerName = providerName
    self.providerWeb = providerWeb
    self.approvals = approvals
  }

  /// The snapshot of a course for a learner.
  public init(course: Course, learnerName: String) {
    self.init(
      learnerName: learnerName, courseID: course.id, courseVersion: course.version, courseTitle: course.title,
      providerName: course.provider.name, providerWeb: course.provider.web,
      approvals: course.approvals.map {
        ApprovalSnapshot(
          approver: $0.approver, number: $0.number, statement: $0.statement, hundredthsOfHour: $0.hundredthsOfHour,
          minutesPerHour: $0.minutesPerHour, isExample: $0.isExample)
      })
  }

  /// The snapshot's canonical JSON, as the completion's event and row hold it.
  var canonical: CanonicalJSON {
    var json = CanonicalJSON()
    json.field(
      "approvals",
      objects: approvals.map { approval in
        var entry = CanonicalJSON()
        entry.field("approver", approval.approver)
        entry.field("example", approval.isExample)
        entry.field("hundredthsOfHour", approval.hundredthsOfHour)
        entry.field("minutesPerHour", approval.minutesPerHour)
        entry.field("number", approval.number)
        entry.field("statement", approval.statement)
        return entry
      })
    json.field("course", courseID)
    json.field("learnerName", learnerName)
    json.field("providerName", providerName)
    json.field("providerWeb", providerWeb)
    json.field("title", courseTitle)
    json.field("version", courseVersion)
    return json
  }
}
