import VigilBase

extension CredentialClaims.Consistency {
  /// `credentialStatus`, when present: one `BitstringStatusListEntry` for revocation whose index is a
  /// decimal string within a list and whose id is the list's URL, `#` and the index.
  static func readStatus(
    _ status: ClaimsObject?, fail: (String) -> CredentialError
  ) throws(CredentialError) -> StatusListEntry? {
    guard let status else { return nil }
    guard try status.string("type") == StatusListEntry.type,
      try status.string("statusPurpose") == StatusListEntry.purpose
    else { throw fail("credentialStatus is not a BitstringStatusListEntry for revocation") }
    let indexText = try status.string("statusListIndex")
    guard indexText.utf8.allSatisfy({ (48...57).contains($0) }), indexText.utf8.count <= 6,
      let index = Int(indexText), index < StatusListEntry.capacity
    else { throw fail("credentialStatus.statusListIndex \(Echo.quoted(indexText)) is not an index of a status list") }
    let entry = StatusListEntry(listURL: try status.string("statusListCredential"), index: index)
    guard try status.string("id") == entry.id else {
      throw fail("credentialStatus.id is not its statusListCredential, # and its statusListIndex")
    }
    return entry
  }
}
