/// A person who takes courses and holds licenses, as the ledger stores them.
public struct Learner: Sendable, Hashable, Codable {
  /// The ledger's id for the learner (1, 2, 3…), shown by `vigil learner add`.
  public var id: Int64
  /// The name as it appears on certificates and board records.
  public var name: String
  /// An email address, if the learner gave one.
  public var email: String?
  /// The birthday, for boards that renew in the birth month.
  public var birthday: MonthDay?

  /// Creates a learner value.
  public init(id: Int64, name: String, email: String? = nil, birthday: MonthDay? = nil) {
    self.id = id
    self.name = name
    self.email = email
    self.birthday = birthday
  }

  /// A name as the ledger stores it (trimmed, in Unicode NFC), or the reason it cannot be one: at least
  /// one letter, no control or bidirectional-control character, at most 200 characters and 800 bytes.
  /// What ``Ledger/addLearner(name:email:birthday:licenses:)`` checks, for a caller that asks for the
  /// name before anything else.
  ///
  /// - Throws: ``LedgerError`` with ``LedgerError/Code-swift.struct/invalidValue``, saying what to type.
  public static func checkedName(_ name: String) throws(LedgerError) -> String {
    try Check.name(name)
  }
}
