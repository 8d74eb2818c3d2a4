import VigilCourse

/// What CE Broker's roster takes from the course packages, which are the only place these numbers are
/// kept: the provider's tracking number (`<providerNumber authority="CE-BROKER">50-…</providerNumber>`),
/// the course's tracking number (the number of an approval whose approver is `CE-BROKER`, `20-…`), and
/// each approval's hours. Nothing here is a default: a number the packages do not give is an error that
/// names it.
public struct CEBrokerCatalog: Sendable {
  /// The authority and approver code CE Broker's numbers are given under.
  public static let authority = "CE-BROKER"

  private let courses: [Course]

  /// A catalog of course packages (several versions of a course may be among them).
  public init(courses: [Course]) {
    self.courses = courses
  }

  /// The numbers for a record's course: the package at the record's version, else one of its id.
  ///
  /// - Throws: ``ExchangeError/Code/usage`` when no package of the course was given, a number is missing
  ///   or marked `example`, or is not CE Broker's prefix and digits.
  func numbers(for record: CompletionRecord) throws(ExchangeError) -> CEBrokerNumbers {
    guard
      let course = courses.first(where: { $0.id == record.courseID && $0.version == record.courseVersion })
        ?? courses.first(where: { $0.id == record.courseID })
    else {
      throw ExchangeError(
        .usage,
        "cebroker-csv needs the package of course \(record.courseID) (certificate \(record.certificate)) for its "
          + "CE Broker numbers; pass it with --course PATH")
    }
    guard let provider = course.provider.numbers.first(where: { $0.authority == Self.authority }) else {
      throw ExchangeError(
        .usage,
        "course \(course.id)'s <provider> gives no <providerNumber authority=\"CE-BROKER\">; add the provider's CE "
          + "Broker tracking number (50-…) to the package")
    }
    let providerDigits = try Self.digits(
      provider.value, prefix: "50-", isExample: provider.isExample, what: "provider tracking number", course: course.id)
    let courseNumber = try course.approvals.first { $0.approver == Self.authority }.map { approval throws(ExchangeError) in
      try Self.digits(
        approval.number, prefix: "20-", isExample: approval.isExample, what: "course tracking number", course: course.id)
    }
    guard
      let approval = course.approvals.first(where: {
        $0.approver == record.approver && $0.number == record.approvalNumber
      })
    else {
      throw ExchangeError(
        .usage,
        "the package of course \(course.id) \(course.version) has no approval \(record.approver) "
          + "\(record.approvalNumber), which certificate \(record.certificate) was credited under; pass the package "
          + "of version \(record.courseVersion) with --course")
    }
    return CEBrokerNumbers(
      provider: providerDigits, course: courseNumber, approvalHundredths: approval.hundredthsOfHour)
  }

  /// The digits after `prefix` (which may be left out), refusing an example or a number of another form.
  private static func digits(_ number: String, prefix: String, isExample: Bool, what: String, course: String)
    throws(ExchangeError) -> String
  {
    guard !isExample else {
      throw ExchangeError(
        .usage,
        "course \(course)'s CE Broker \(what) \(number) is marked example; put the real number in the package")
    }
    let digits = number.hasPrefix(prefix) ? String(number.dropFirst(prefix.count)) : number
    guard !digits.isEmpty, digits.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
      throw ExchangeError(
        .usage,
        "course \(course)'s CE Broker \(what) \(number) is not \(prefix) and digits; correct it in the package")
    }
    return digits
  }
}

/// The CE Broker numbers of one record's course.
struct CEBrokerNumbers: Sendable, Hashable {
  /// The provider tracking number without `50-`.
  var provider: String
  /// The course tracking number without `20-`; nil when the course has none (the roster then names the
  /// course by its own id).
  var course: String?
  /// The hours of the record's approval as the package states them, in hundredths.
  var approvalHundredths: Int
}
