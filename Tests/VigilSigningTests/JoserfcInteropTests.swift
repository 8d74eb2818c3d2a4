import Foundation
import Testing
import VigilSigning
import VigilTestSupport

/// Whether Python's joserfc can be imported.
enum Joserfc {
  static let isInstalled: Bool = {
    (try? CommandRunner.run("python3", ["-c", "import joserfc"]))?.status == 0
  }()
}

/// An independent verifier: Python's joserfc checks our compact JWS with our exported JWK Set, and
/// recomputes every key's RFC 7638 thumbprint. `scripts/test` installs joserfc with pip.
@Suite(.enabled(if: Joserfc.isInstalled, "skipped: Python's joserfc is not installed (pip install joserfc)"))
struct JoserfcInteropTests {
  /// Verifies each token with the set; prints each payload, then checks a tampered token fails.
  private static let verifier = #"""
    import json, sys
    from joserfc import jws
    from joserfc.errors import BadSignatureError
    from joserfc.jwk import ECKey, KeySet

    document = json.load(open(sys.argv[1]))
    for key in document["keys"]:
        assert ECKey.import_key(key).thumbprint() == key["kid"], ("thumbprint", key["kid"])
        assert "d" not in key
    keys = KeySet.import_key_set(document)
    for path in sys.argv[2:]:
        token = open(path).read()
        result = jws.deserialize_compact(token, keys, algorithms=["ES256"])
        assert result.protected["alg"] == "ES256"
        print(result.protected["kid"], result.protected.get("typ"), result.payload.decode("utf-8"))
        header, payload, signature = token.split(".")
        tampered = header + "." + payload + "." + ("A" if signature[0] != "A" else "B") + signature[1:]
        try:
            jws.deserialize_compact(tampered, keys, algorithms=["ES256"])
            raise SystemExit("a tampered token verified")
        except BadSignatureError:
            pass
    """#

  @Test func joserfcVerifiesOurTokensWithOurExportedSet() throws {
    let home = TemporaryDirectory()
    let store = SigningKeyStore(homePath: home.path)
    _ = try store.create(rotating: false)
    let oldKey = try store.currentKey()
    let oldToken = try oldKey.signCheckpoint(TestKeys.checkpoint(sequence: 1))
    _ = try store.create(rotating: true)
    let newKey = try store.currentKey()
    let newToken = try newKey.sign(payload: Array(#"{"name":"José Núñez","n":1}"#.utf8), type: "JWT")
    let set = home.appending("jwks.json")
    _ = try store.exportPublicKeySet(to: set)
    let tokens = [home.write("old.jws", oldToken), home.write("new.jws", newToken)]
    let result = try CommandRunner.run("python3", ["-c", Self.verifier, set] + tokens)
    #expect(result.status == 0, "\(result.error)")
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    #expect(lines.first == "\(oldKey.keyID) vigil-checkpoint+jws " + String(decoding: try TestKeys.checkpoint(sequence: 1).canonicalBytes(), as: UTF8.self))
    #expect(lines.last == #"\#(newKey.keyID) JWT {"name":"José Núñez","n":1}"#)
  }
}
