import VigilTestSupport

/// The reviewed files in `Tests/VigilCredentialsTests/Golden/` that credentials' claims are compared with.
let GoldenFile = GoldenFolder("Tests/VigilCredentialsTests/Golden")
