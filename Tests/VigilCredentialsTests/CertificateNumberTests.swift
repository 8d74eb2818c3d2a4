import Foundation
import PropertyBased
import Testing
import VigilCredentials
import VigilTestSupport

/// Certificate numbers: Crockford base 32, a Luhn mod 32 check character, forgiving reading.
@Suite struct CertificateNumberTests {
  /// Eleven payload symbols and the check character worked out by hand with Luhn mod 32: from the right,
  /// weights 2, 1, 2…; a weighted value of 32 or more counts as 1 + (value − 32); the check makes the
  /// sum a multiple of 32. E.g. `00000000001`: 1 × 2 = 2, check 32 − 2 = 30 = `Y`.
  /// `ABCDEFGHJKM`: M 20×2=40→9, K 19, J 18×2=36→5, H 17, G 16×2=32→1, F 15, E 14×2=28, D 13, C 12×2=24,
  /// B 11, A 10×2=20; sum 162 ≡ 2, check 30 = `Y`. `7K3QM2XD4HJ`: sum 143 ≡ 15, check 17 = `H`.
  @Test(arguments: [
    ("00000000000", "VC-0000-0000-0000"),
    ("00000000001", "VC-0000-0000-001Y"),
    ("0000000000Z", "VC-0000-0000-00Z1"),
    ("00000000010", "VC-0000-0000-010Z"),
    ("ABCDEFGHJKM", "VC-ABCD-EFGH-JKMY"),
    ("7K3QM2XD4HJ", "VC-7K3Q-M2XD-4HJH"),
  ])
  func theCheckCharacterIsLuhnModThirtyTwo(payload: String, expected: String) throws {
    let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    let value = payload.reduce(UInt64(0)) { $0 << 5 | UInt64(alphabet.firstIndex(of: $1) ?? 0) }
    let number = CertificateNumber(payload: value)
    #expect(number.description == expected)
    #expect(number.payload == value)
    #expect(try CertificateNumber(parsing: expected) == number)
  }

  /// How people type a number: any case, I and L for 1, O for 0, spaces or no hyphens, no VC.
  @Test(arguments: [
    "VC-7K3Q-M2XD-4HJH", "vc-7k3q-m2xd-4hjh", "VC 7K3Q M2XD 4HJH", "7K3QM2XD4HJH", "7k3q-m2xd-4hjh", "VC7K3QM2XD4HJH",
  ])
  func readingForgivesCaseSpacesHyphensAndThePrefix(typed: String) throws {
    #expect(try CertificateNumber(parsing: typed).description == "VC-7K3Q-M2XD-4HJH")
  }

  @Test(arguments: [
    ("vc-oooo-oooo-ooiy", "VC-0000-0000-001Y"), ("VC-OOOO-OOOO-OOLY", "VC-0000-0000-001Y"),
    ("vc-oooo-oooo-olOz", "VC-0000-0000-010Z"),
  ])
  func readingTakesIAndLForOneAndOForZero(typed: String, expected: String) throws {
    #expect(try CertificateNumber(parsing: typed).description == expected)
  }

  @Test(arguments: [
    ("VC-7K3Q-M2XD-4HJ", "it has 11 letters and digits besides VC, not 12"),
    ("VC-7K3Q-M2XD-4HJHH", "it has 13 letters and digits besides VC, not 12"),
    ("VC-7K3Q-M2XD-4HJU", "'U' is not one of its letters and digits"),
    ("VC-7K3Q-M2XD-4HJ!", "'!' is not one of its letters and digits"),
    ("VC-7K3Q-M2XD-4HJG", "its check character does not match"),
    ("VC-7K3Q-M2DX-4HJH", "its check character does not match"),
    ("", "it has 0 letters and digits"),
  ])
  func malformedNumbersSayWhy(typed: String, reason: String) {
    CredentialFixture.expectError(.malformedNumber, containing: reason) { try CertificateNumber(parsing: typed) }
  }

  /// Every single mistyped symbol, in any position (the check character too), is caught.
  @Test func everySingleSubstitutionIsDetected() async {
    let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    await propertyCheck(count: 200, input: Gen.uint64(in: 0...(CertificateNumber.payloadLimit - 1))) { payload in
      let text = CertificateNumber(payload: payload).description
      let symbols = Array(text.dropFirst(3).filter { $0 != "-" })
      for position in symbols.indices {
        for replacement in alphabet where replacement != symbols[position] {
          var typed = symbols
          typed[position] = replacement
          #expect(throws: CredentialError.self, "\(String(typed)) from \(text)") {
            try CertificateNumber(parsing: String(typed))
          }
        }
      }
    }
  }

  @Test func aLedgerNumbersItsCompletionsReproduciblyAndNeverTwiceAlike() throws {
    let ledger = "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"
    let numbers = try (1...5000).map { try CertificateNumber.derive(ledgerID: ledger, completionID: $0) }
    #expect(Set(numbers).count == 5000)
    #expect(try CertificateNumber.derive(ledgerID: ledger, completionID: 12) == numbers[11])
    #expect(
      try CertificateNumber.derive(ledgerID: "0b6d3f2e-1111-4222-8333-444455556666", completionID: 12) != numbers[11])
    CredentialFixture.expectError(.cannotIssue, containing: "outside the ids") {
      try CertificateNumber.derive(ledgerID: ledger, completionID: 0)
    }
  }

  /// The derivation as the README documents it, recomputed by an independent implementation in Python
  /// (Tests/Interop/certificate-numbers.py).
  @Test(.enabled(if: CommandRunner.isInstalled("python3"))) func pythonDerivesTheSameNumbers() throws {
    let ledger = "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"
    let ids: [Int64] = [1, 2, 12, 999, 123_456_789]
    let result = try CommandRunner.run(
      "python3", [Repository.path("Tests/Interop/certificate-numbers.py"), "numbers", ledger] + ids.map(String.init))
    #expect(result.status == 0, "\(result.error)")
    let swift = try ids.map { try CertificateNumber.derive(ledgerID: ledger, completionID: $0).description }
    #expect(result.output.split(separator: "\n").map(String.init) == swift)
  }

  /// The status-list index of a list's position, recomputed the same way.
  @Test(.enabled(if: CommandRunner.isInstalled("python3"))) func pythonDerivesTheSameStatusIndexes() throws {
    let ledger = "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"
    let positions = [0, 1, 11, 65_536, 131_071]
    let result = try CommandRunner.run(
      "python3",
      [Repository.path("Tests/Interop/certificate-numbers.py"), "indexes", ledger] + positions.map(String.init))
    #expect(result.status == 0, "\(result.error)")
    let swift = positions.map { String(StatusListEntry.index(ledgerID: ledger, position: $0)) }
    #expect(result.output.split(separator: "\n").map(String.init) == swift)
  }
}
