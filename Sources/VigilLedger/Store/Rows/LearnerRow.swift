import GRDB
import VigilBase

/// A `learners` row exactly as stored; its canonical content is what the chain vouches for.
struct LearnerRow: Hashable {
  var id: Int64
  var name: String
  var email: String?
  var birthMonth: Int64?
  var birthDay: Int64?

  /// The columns in the order ``init(row:)`` reads them.
  static let columns = "id, name, email, birth_month, birth_day"

  /// Reads a row selected with ``columns``.
  init(row: Row) throws {
    id = try row.decode(atIndex: 0)
    name = try row.decode(atIndex: 1)
    email = try row.decode(atIndex: 2)
    birthMonth = try row.decode(atIndex: 3)
    birthDay = try row.decode(atIndex: 4)
  }

  /// The row for a learner value.
  init(_ learner: Learner) {
    id = learner.id
    name = learner.name
    email = learner.email
    birthMonth = learner.birthday.map { Int64($0.month) }
    birthDay = learner.birthday.map { Int64($0.day) }
  }

  /// The learner value (a stored birthday that is not a real day reads as none).
  var learner: Learner {
    let birthday = birthMonth.flatMap { month in birthDay.flatMap { MonthDay(month: Int(month), day: Int($0)) } }
    return Learner(id: id, name: name, email: email, birthday: birthday)
  }

  /// The statement that inserts a row; ``bind(_:)`` supplies its values.
  static let insertSQL = "INSERT INTO learners (name, email, birth_month, birth_day) VALUES (?, ?, ?, ?)"

  /// Binds the row's values to ``insertSQL``.
  func bind(_ binder: inout InsertBinder) {
    binder.bind(name)
    binder.bind(email)
    binder.bind(birthMonth)
    binder.bind(birthDay)
  }

  /// The stream of the learner's events.
  var stream: String { "learner/\(id)" }

  /// The chain's canonical JSON for the row.
  var canonical: CanonicalJSON {
    var json = CanonicalJSON()
    json.field("birthDay", birthDay)
    json.field("birthMonth", birthMonth)
    json.field("email", email)
    json.field("id", id)
    json.field("name", name)
    return json
  }
}
