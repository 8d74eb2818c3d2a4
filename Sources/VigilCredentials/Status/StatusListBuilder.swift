import VigilLedger

/// Builds a ledger's revocation lists: one ``StatusList`` per `statusListCredential` URL its
/// certificates name, with the bit of every certificate whose number the ledger revoked or superseded
/// set, and each superseded one's successor named.
public enum StatusListBuilder {
  /// The lists, by URL, made at `now` (seconds since 1970). Certificates without `credentialStatus`
  /// (issued before status lists, or by a provider without a web address) are in none.
  ///
  /// - Throws: ``VigilLedger/LedgerError`` when the ledger cannot be read, ``CredentialError`` when a
  ///   stored certificate does not read.
  public static func lists(ledger: Ledger, now: Int64) throws -> [StatusList] {
    let revoked = Set(try ledger.revocations().map(\.number))
    let successors = Dictionary(
      try ledger.supersessions().map { ($0.number, $0.supersededBy) }, uniquingKeysWith: { first, _ in first })
    var lists: [String: StatusList] = [:]
    for certificate in try ledger.certificates() {
      let claims = try CredentialClaims(storedToken: certificate.token)
      guard let status = claims.status else { continue }
      var list =
        lists[status.listURL]
        ?? StatusList(url: status.listURL, issuerID: claims.issuerID, validFrom: now, bits: RevocationBitstring())
      if revoked.contains(certificate.number) { list.bits.set(status.index) }
      if let successor = successors[certificate.number] {
        list.bits.set(status.index)
        list.successors[status.index] = successor
      }
      lists[status.listURL] = list
    }
    return lists.values.sorted { $0.url < $1.url }
  }
}
