/// Where a certificate's revocation status is published: its `credentialStatus`, a W3C Bitstring Status
/// List v1.0 `BitstringStatusListEntry` with `statusPurpose` `revocation`.
///
/// A list holds ``capacity`` certificates (131,072 bits, the smallest list the specification allows, so a
/// list gives its holders herd privacy). Completion `c` is in list `(c − 1) / 131072 + 1`, at the index a
/// keyed permutation of 0…131071 (``NumberPermutation``, label `vigil-status-index:`, 17 bits) gives
/// `(c − 1) mod 131072`: indexes never repeat within a list and do not tell how many certificates were
/// issued. The list's URL is the provider's web address followed by `certificates/status/<list>`.
/// A re-issued certificate (edition 2 or later of its completion) needs a bit of its own, since the
/// edition it supersedes keeps its bit (set from then on): edition `e` is in the list
/// `certificates/status/<list>-<e>`, at the same index.
public struct StatusListEntry: Sendable, Hashable {
  /// Bits per list.
  public static let capacity = 131_072
  /// `credentialStatus.type`.
  public static let type = "BitstringStatusListEntry"
  /// `credentialStatus.statusPurpose`.
  public static let purpose = "revocation"

  /// `statusListCredential`: the URL of the list credential.
  public var listURL: String
  /// `statusListIndex`: the certificate's bit, 0…131071.
  public var index: Int

  /// An entry.
  public init(listURL: String, index: Int) {
    self.listURL = listURL
    self.index = index
  }

  /// `credentialStatus.id`: the list's URL, `#` and the index.
  public var id: String { "\(listURL)#\(index)" }

  /// The entry of a completion's `edition`th certificate, or nil when the provider has no web address
  /// to publish a list at.
  public static func derive(
    ledgerID: String, completionID: Int64, edition: Int = 1, providerWeb: String?
  ) -> StatusListEntry? {
    derive(indexes: permutation(ledgerID: ledgerID), completionID: completionID, edition: edition, providerWeb: providerWeb)
  }

  /// ``derive(ledgerID:completionID:edition:providerWeb:)`` with the ledger's permutation of indexes at
  /// hand.
  static func derive(
    indexes: NumberPermutation, completionID: Int64, edition: Int = 1, providerWeb: String?
  ) -> StatusListEntry? {
    guard let prefix = listPrefix(web: providerWeb) else { return nil }
    return derive(indexes: indexes, completionID: completionID, edition: edition, listPrefix: prefix)
  }

  /// ``derive(indexes:completionID:edition:providerWeb:)`` with the start of the provider's list URLs
  /// at hand (``listPrefix(web:)``), or nil for a completion id below 1.
  static func derive(
    indexes: NumberPermutation, completionID: Int64, edition: Int, listPrefix: String
  ) -> StatusListEntry? {
    guard completionID > 0 else { return nil }
    let (list, position) = (completionID - 1).quotientAndRemainder(dividingBy: Int64(capacity))
    return StatusListEntry(
      listURL: listURL(prefix: listPrefix, list: Int(list) + 1, edition: edition),
      index: Int(indexes.apply(UInt64(position))))
  }

  /// The list number (from 1) of a completion.
  public static func list(completionID: Int64) -> Int { Int((completionID - 1) / Int64(capacity)) + 1 }

  /// The URL of list `list` (for the certificates of `edition`) under the provider's web address.
  public static func listURL(web: String, list: Int, edition: Int = 1) -> String {
    listURL(prefix: prefix(web: web), list: list, edition: edition)
  }

  /// What every list URL under the provider's web address `web` starts with, or nil when `web` is no
  /// `https://` or `http://` address to publish lists at.
  static func listPrefix(web: String?) -> String? {
    guard let web, web.hasPrefix("https://") || web.hasPrefix("http://") else { return nil }
    return prefix(web: web)
  }

  /// `<web>/certificates/status/`.
  private static func prefix(web: String) -> String {
    (web.hasSuffix("/") ? web : web + "/") + "certificates/status/"
  }

  /// The URL of list `list` (for the certificates of `edition`) after `prefix`.
  private static func listURL(prefix: String, list: Int, edition: Int) -> String {
    prefix + String(list) + (edition > 1 ? "-" + String(edition) : "")
  }

  /// The index of the `position`th completion of a list (0…131071) in the ledger `ledgerID`.
  public static func index(ledgerID: String, position: Int) -> Int {
    Int(permutation(ledgerID: ledgerID).apply(UInt64(position)))
  }

  /// The ledger's keyed permutation of a list's positions (17 bits).
  static func permutation(ledgerID: String) -> NumberPermutation {
    NumberPermutation(label: "vigil-status-index:", ledgerID: ledgerID, bits: 17)
  }
}
