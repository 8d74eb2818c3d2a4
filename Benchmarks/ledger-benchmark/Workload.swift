import VigilBase
import VigilBoards
import VigilCourse
import VigilGrading
import VigilLedger

/// The benchmark's rows, generated deterministically from a seed and kept compact: small integers that
/// index shared pools of strings, turned into ledger values only while loading or writing CSV.
struct Workload {
  /// One licensee: a learner with one license.
  struct Licensee {
    var first: Int
    var last: Int
    var birthMonth: Int
    var birthDay: Int
    var board: Int
    var type: Int
    var expires: CalendarDate
    var issued: CalendarDate
    var attributes: Int
  }

  /// One completion with its two credits.
  struct CompletionSpec {
    var licensee: Int
    var course: Int
    var day: CalendarDate
    var percent: Double
    var credits: [(approver: Int, minutes: Int, topics: Int)]
  }

  static let firstNames = [
    "Ana", "Ben", "Chioma", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Imani", "José", "Kai", "Lena",
  ]
  static let lastNames = [
    "Ruiz", "Okafor", "Nguyen", "O'Brien", "Smith", "Kowalski", "Haddad", "Tanaka", "Müller", "Johnson",
  ]
  static let boards = ["tx-bon", "fl-bon", "ca-brn", "ny-nursing", "oh-bon"]
  static let types = ["RN", "LVN", "APRN"]
  static let attributeSets: [Set<String>] = [
    [], ["direct-patient-care"], ["direct-patient-care", "emergency-room"], ["prescriptive-authority"],
  ]
  static let approvers = ["ANCC", "TX-HHSC", "FL-BON", "CE-BROKER", "AMA-PRA"]
  static let topicSets: [Set<String>] = [
    [], ["human-trafficking"], ["ethics", "nursing-jurisprudence"], ["pain-management"],
  ]
  static let courses = (1...20).map {
    ("course-\($0)", "1.\($0 % 3)", "Continuing Education Course \($0): \"Safe Practice\", Part \($0)")
  }

  var licensees: [Licensee] = []
  var completions: [CompletionSpec] = []
  /// Learner names and license numbers, built once.
  var names: [String] = []
  var numbers: [String] = []

  /// Generates `licenseeCount` licensees with `completionsPerLicensee` completions each (two credits per completion).
  init(licenseeCount: Int, completionsPerLicensee: Int, seed: UInt64) {
    var random = SplitMix64(seed: seed)
    let start = CalendarDate(year: 2024, month: 1, day: 1).daysSinceEpoch
    licensees.reserveCapacity(licenseeCount)
    for index in 0..<licenseeCount {
      let licensee = Licensee(
        first: random.nextIndex(below: Self.firstNames.count), last: random.nextIndex(below: Self.lastNames.count),
        birthMonth: 1 + random.nextIndex(below: 12), birthDay: 1 + random.nextIndex(below: 28),
        board: random.nextIndex(below: Self.boards.count), type: random.nextIndex(below: Self.types.count),
        expires: CalendarDate(daysSinceEpoch: start + 730 + random.nextIndex(below: 1095)),
        issued: CalendarDate(daysSinceEpoch: start - 9000 + random.nextIndex(below: 8000)),
        attributes: random.nextIndex(below: Self.attributeSets.count))
      licensees.append(licensee)
      names.append("\(Self.firstNames[licensee.first]) \(Self.lastNames[licensee.last]) \(index)")
      numbers.append("N\(100_000 + index)")
    }
    completions.reserveCapacity(licenseeCount * completionsPerLicensee)
    for licensee in 0..<licenseeCount {
      for _ in 0..<completionsPerLicensee {
        let first = random.nextIndex(below: Self.approvers.count)
        completions.append(
          CompletionSpec(
            licensee: licensee, course: random.nextIndex(below: Self.courses.count),
            day: CalendarDate(daysSinceEpoch: start + random.nextIndex(below: 1000)),
            percent: Double(70 + random.nextIndex(below: 31)),
            credits: [
              (first, 30 * (1 + random.nextIndex(below: 8)), random.nextIndex(below: Self.topicSets.count)),
              (
                (first + 1) % Self.approvers.count, 30 * (1 + random.nextIndex(below: 8)),
                random.nextIndex(below: Self.topicSets.count)
              ),
            ]))
      }
    }
  }

  /// How many credits the workload holds.
  var creditCount: Int { completions.reduce(0) { $0 + $1.credits.count } }

  /// The email address of licensee `index`.
  func email(_ index: Int) -> String { "licensee\(index)@example.org" }

  /// The birthday of licensee `index`.
  func birthday(_ index: Int) -> MonthDay? {
    MonthDay(month: licensees[index].birthMonth, day: licensees[index].birthDay)
  }

  /// The license profile of licensee `index`.
  func profile(_ index: Int) -> LicenseProfile {
    let licensee = licensees[index]
    return LicenseProfile(
      boardID: Self.boards[licensee.board], licenseType: Self.types[licensee.type], number: numbers[index],
      expires: licensee.expires, issued: licensee.issued, attributes: Self.attributeSets[licensee.attributes])
  }

  /// The completion to record for spec `spec`, whose learner has id `learnerID`.
  func completion(_ spec: CompletionSpec, learnerID: Int64) -> NewCompletion {
    let course = Self.courses[spec.course]
    return NewCompletion(
      learnerID: learnerID, courseID: course.0, courseVersion: course.1, courseTitle: course.2, completedOn: spec.day,
      percent: spec.percent)
  }

  /// The earned credits of spec `spec`.
  func credits(_ spec: CompletionSpec) -> [EarnedCredit] {
    let course = Self.courses[spec.course]
    return spec.credits.map { credit in
      EarnedCredit(
        courseID: course.0, courseVersion: course.1, courseTitle: course.2, completedOn: spec.day,
        approver: Self.approvers[credit.approver], approvalNumber: "\(Self.approvers[credit.approver])-\(spec.course)",
        minutes: credit.minutes, topics: Self.topicSets[credit.topics])
    }
  }
}
