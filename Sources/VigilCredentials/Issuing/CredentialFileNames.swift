import VigilLedger

/// The file names of a certificate's credentials in `certificates/`: `<number>-<board>-<TYPE>.jwt`
/// (`VC-PZDQ-TVCC-QC4C-tx-bon-RN.jwt`; `-2`, `-3`… after the type when the learner holds two licenses of
/// one board and type), or `<number>.jwt` without a license.
struct CredentialFileNames {
  private var seen: [String: Int] = [:]

  /// The next credential's file name.
  mutating func next(number: CertificateNumber, license: LicenseKey?) -> String {
    var name = number.description
    if let license {
      name += "-\(license.board)-\(license.type)"
      let count = seen[name, default: 0] + 1
      seen[name] = count
      if count > 1 { name += "-\(count)" }
    }
    return name + ".jwt"
  }
}
