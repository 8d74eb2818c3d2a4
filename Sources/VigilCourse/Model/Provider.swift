/// The CE provider that offers a course.
public struct Provider: Sendable, Hashable {
  /// The provider's name.
  public var name: String
  /// The postal address.
  public var address: String?
  /// The web address.
  public var web: String?
  /// Numbers authorities gave the provider.
  public var numbers: [ProviderNumber]

  /// Creates a provider.
  public init(name: String, address: String? = nil, web: String? = nil, numbers: [ProviderNumber] = []) {
    self.name = name
    self.address = address
    self.web = web
    self.numbers = numbers
  }
}

/// A number an authority gave a provider.
public struct ProviderNumber: Sendable, Hashable {
  /// Who issued it.
  public var authority: String
  /// The number.
  public var value: String
  /// Whether it is a placeholder.
  public var isExample: Bool

  /// Creates a provider number.
  public init(authority: String, value: String, isExample: Bool = false) {
    self.authority = authority
    self.value = value
    self.isExample = isExample
  }
}
