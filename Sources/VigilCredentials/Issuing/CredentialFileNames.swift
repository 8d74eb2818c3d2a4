import VigilLedger

/// The file names of a certificate's credentials in `certificates/`: `<number>-<board>-<TYPE>.jwt`
/// (`VC-PZDQ-TVCC-QC4C-tx-bon-RN.jwt`; `-2`, `-3`… after the type when the learner holds two licenses of
/// one board and type), or `<number>.jwt` without a license.
struct CredentialFileNames {
  /// The names given so far without their `.jwt`, before any `-2`, `-3`… (a completion has a
  /// credential per license: a few, searched in order).
  private var given: [String] = []

  /// The next credential's file name.
  mutating func next(number: CertificateNumber, license: LicenseKey?) -> String {
    var name = number.description
    if let license {
      name += "-" + license.board + "-" + license.type
      let count = given.reduce(1) { $1 == name ? $0 + 1 : $0 }
      given.append(name)
      if count > 1 { name += "-\(count)" }
    }
    return name + ".jwt"
  }
}
