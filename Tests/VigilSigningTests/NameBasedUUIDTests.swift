import Testing
import VigilSigning

/// Name-based UUIDs (version 5) against Python's `uuid.uuid5(uuid.UUID(namespace), name)`.
struct NameBasedUUIDTests {
  @Test(arguments: [
    ("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f", "", "67314a58-989f-5fea-97c5-c5b773d071f6"),
    ("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f", "learner/7", "4b73e9c6-55d6-56d3-a809-409eaec08e3c"),
    ("6F1C2D3E-4A5B-4C6D-8E9F-0A1B2C3D4E5F", "José", "b494e50e-ac22-513a-9747-9c218723b2ec"),
    ("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f", "xapi/statement/completed/a\u{1F}b", "bb85d37d-ed2a-5d28-b516-dbb664ac990b"),
    // 16 + 39 bytes fill one block with its padding; 16 + 40 bytes need a second; 16 + 200 take four.
    ("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f", "credential/" + String(repeating: "1", count: 28),
     "3d2b0edb-64f2-5c28-a59f-75cf9d31076c"),
    ("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f", "credential/" + String(repeating: "1", count: 29),
     "58a0519f-2108-5d9c-8404-9b72f5e1e3bf"),
    ("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f", "achievement/" + String(repeating: "x", count: 188),
     "d2297612-41df-514d-81d2-3b346947ac5e"),
    // RFC 9562's DNS namespace and the name www.example.com.
    ("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.example.com", "2ed6657d-e927-568b-95e1-2665a8aea6a2"),
  ] as [(String, String, String)])
  func matchesPython(namespace: String, name: String, expected: String) {
    #expect(NameBasedUUID.make(namespace: namespace, name: name) == expected)
  }

  @Test(arguments: ["", "6f1c2d3e4a5b4c6d8e9f0a1b2c3d4e5f", "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5g"])
  func aNamespaceThatIsNotAUUIDGivesNone(namespace: String) {
    #expect(NameBasedUUID.make(namespace: namespace, name: "x") == nil)
  }
}
