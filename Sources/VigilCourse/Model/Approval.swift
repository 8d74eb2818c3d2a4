import VigilBase

/// One approval or accreditation through which a course earns credit.
public struct Approval: Sendable, Hashable {
  /// The approval's id within the course.
  public var id: String
  /// The approver, e.g. `ANCC`, `TX-HHSC`, `AMA-PRA-1`.
  public var approver: String
  /// The approval or activity number.
  public var number: String
  /// Whether the number is a placeholder.
  public var isExample: Bool
  /// The approved credit in hundredths of an hour (1.0 hour is 100), so no rounding creeps in.
  public var hundredthsOfHour: Int
  /// Minutes of learning per approved hour.
  public var minutesPerHour: Int
  /// Topics the approval covers.
  public var topics: [String]
  /// The statement certificates print.
  public var statement: String
  /// The first day the approval is in force.
  public var validFrom: CalendarDate
  /// The last day the approval is in force.
  public var validUntil: CalendarDate

  /// Creates an approval.
  public init(
    id: String, approver: String, number: String, isExample: Bool = false, hundredthsOfHour: Int,
    minutesPerHour: Int = 60, topics: [String] = [], statement: String, validFrom: CalendarDate,
    validUntil: CalendarDate
  ) {
    self.id = id
    self.approver = approver
    self.number = number
    self.isExample = isExample
    self.hundredthsOfHour = hundredthsOfHour
    self.minutesPerHour = minutesPerHour
    self.topics = topics
    self.statement = statement
    self.validFrom = validFrom
    self.validUntil = validUntil
  }

  /// The approved credit in minutes of learning (integer; fractions of a minute round down). Values no
  /// schema-valid course can hold saturate at `Int.max` rather than overflow.
  public var minutes: Int {
    ExactDecimal.minutes(hundredths: hundredthsOfHour, minutesPerHour: minutesPerHour, exact: false) ?? .max
  }

  /// The approved hours as text, e.g. `1.0` or `0.25`.
  public var hoursText: String { HoursText.format(hundredths: hundredthsOfHour) }

  /// Whether the approval is in force on a date.
  public func isValid(on date: CalendarDate) -> Bool { validFrom <= date && date <= validUntil }
}
