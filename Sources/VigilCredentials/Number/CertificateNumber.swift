import VigilBase

/// A certificate number people can read aloud and type: `VC-7K3Q-M2XD-4HJH`.
///
/// Twelve symbols of Crockford's base 32 (no I, L, O or U) in groups of four after `VC-`: eleven carry
/// 55 bits, the twelfth is a Luhn mod 32 check symbol, so any single mistyped symbol is caught. Reading
/// forgives lower case, `I`/`L` for `1`, `O` for `0`, and hyphens or spaces anywhere; `VC` may be left out.
///
/// A ledger derives the number of a completion from its own id and the completion's id with
/// ``derive(ledgerID:completionID:edition:)``: the same completion always gets the same number, two
/// completions of one ledger never share one, and a certificate re-issued after a correction (the
/// completion's next edition) gets a number of its own.
public struct CertificateNumber: Sendable, Hashable, CustomStringConvertible {
  /// The letters before the first hyphen.
  public static let prefix = "VC"
  /// The symbols that carry the number (the check symbol follows them).
  static let payloadSymbols = 11
  /// The symbols without the prefix: the payload and the check symbol.
  static let symbolCount = payloadSymbols + 1
  /// The number of values: 2^55.
  public static let payloadLimit: UInt64 = 1 << 55

  /// The 55 bits the number carries.
  public let payload: UInt64
  /// `VC-XXXX-XXXX-XXXX`, in capitals, written once: a credential, its ledger row and its file name
  /// all say it.
  public let description: String

  /// The number whose eleven symbols encode `payload`, which must be below ``payloadLimit``.
  public init(payload: UInt64) {
    precondition(payload < Self.payloadLimit, "a certificate number carries 55 bits")
    self.payload = payload
    description = Self.text(of: payload)
  }

  /// Reads a number as a person typed it.
  ///
  /// - Throws: ``CredentialError/Code/malformedNumber`` saying what is wrong: the length, a character
  ///   outside the alphabet, or a check symbol that does not match.
  public init(parsing text: some StringProtocol) throws(CredentialError) {
    func fail(_ reason: String) -> CredentialError {
      CredentialError(.malformedNumber, "\(Echo.quoted(String(text))) is not a certificate number: \(reason)")
    }
    var characters = String(text).filter { $0 != "-" && $0 != " " }
    // Twelve symbols are the number itself (they may start with V and C); otherwise a VC in front is the prefix.
    if characters.count != Self.symbolCount, characters.uppercased().hasPrefix(Self.prefix) {
      characters.removeFirst(Self.prefix.count)
    }
    guard characters.count == Self.symbolCount else {
      throw fail(
        "it has \(characters.count) letters and digits besides VC, not \(Self.symbolCount) (a number looks like "
          + "VC-7K3Q-M2XD-4HJH)")
    }
    var values: [Int] = []
    for character in characters {
      guard let value = CrockfordBase32.value(of: character) else {
        throw fail(
          "\(Echo.quoted(String(character))) is not one of its letters and digits (0-9 and A-Z without I, L, O, U)")
      }
      values.append(value)
    }
    guard LuhnModN.isValid(values, n: 32) else {
      throw fail("its check character does not match, so a character was mistyped or misread; copy it again")
    }
    self.init(payload: values.prefix(Self.payloadSymbols).reduce(0) { $0 << 5 | UInt64($1) })
  }

  /// Completion ids below this (2^40) can have later editions: an edition's number carries the
  /// edition above the id's 40 bits.
  public static let reissuableCompletions: UInt64 = 1 << 40
  /// The most editions a completion's certificate can have (2^15: the first and 32,767 re-issues).
  public static let editionLimit = 1 << 15

  /// The number of the `edition`th certificate of completion `completionID` in the ledger with id
  /// `ledgerID`: the ledger's ``NumberPermutation`` applied to the completion id for edition 1, and to
  /// `(edition − 1) × 2^40 + completionID` for a re-issue, so the first edition keeps the number it always
  /// had and no two certificates of a ledger share one (for completions below 2^40).
  ///
  /// - Throws: ``CredentialError/Code/cannotIssue`` for an id outside 1…2^55−1, or an edition beyond
  ///   what a number can carry (an id of 2^40 or more, an edition above 2^15).
  public static func derive(
    ledgerID: String, completionID: Int64, edition: Int = 1
  ) throws(CredentialError) -> CertificateNumber {
    try derive(numbers: NumberPermutation(ledgerID: ledgerID), completionID: completionID, edition: edition)
  }

  /// ``derive(ledgerID:completionID:edition:)`` with the ledger's permutation at hand.
  static func derive(
    numbers: NumberPermutation, completionID: Int64, edition: Int = 1
  ) throws(CredentialError) -> CertificateNumber {
    guard completionID > 0, UInt64(completionID) < payloadLimit else {
      throw CredentialError(
        .cannotIssue, "completion \(completionID) is outside the ids a certificate number can carry")
    }
    var value = UInt64(completionID)
    if edition != 1 {
      guard edition > 1, edition <= editionLimit, value < reissuableCompletions else {
        throw CredentialError(
          .cannotIssue,
          "edition \(edition) of completion \(completionID)'s certificate is beyond what a certificate number can carry "
            + "(completions below 2^40, at most \(editionLimit) editions)")
      }
      value |= UInt64(edition - 1) << 40
    }
    return CertificateNumber(payload: numbers.apply(value))
  }

  /// The symbol values of `payload`, most significant first, without the check value.
  private static func values(of payload: UInt64) -> some BidirectionalCollection<Int> {
    (0..<payloadSymbols).lazy.map { Int(payload >> UInt64(5 * (payloadSymbols - 1 - $0)) & 31) }
  }

  /// `VC-XXXX-XXXX-XXXX` for `payload`: its eleven symbols and the check symbol, written straight into
  /// the text (no array of values: a number is derived every time a certificate is issued).
  private static func text(of payload: UInt64) -> String {
    let values = values(of: payload)
    let check = LuhnModN.checkValue(for: values, n: 32)
    return String(unsafeUninitializedCapacity: prefix.utf8.count + symbolCount + 3) { text in
      var written = 0
      for byte in prefix.utf8 {
        text[written] = byte
        written += 1
      }
      for (index, value) in values.enumerated() {
        if index % 4 == 0 {
          text[written] = UInt8(ascii: "-")
          written += 1
        }
        text[written] = CrockfordBase32.symbols[value]
        written += 1
      }
      text[written] = CrockfordBase32.symbols[check]
      return written + 1
    }
  }
}
