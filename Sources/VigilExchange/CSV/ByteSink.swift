import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Where a writer's bytes go: a file descriptor, or memory.
public protocol ByteSink {
  /// Writes all of `bytes`.
  ///
  /// - Throws: ``ExchangeError`` with code `outputFailed` when they cannot all be written.
  mutating func write(_ bytes: UnsafeRawBufferPointer) throws(ExchangeError)
}

/// Writes to an open file descriptor (standard output, a file), retrying short writes; a failed
/// write (a full disk, a closed pipe) is an error, never a silent loss.
public struct FileDescriptorSink: ByteSink, Sendable {
  /// The descriptor written to; the sink does not close it.
  public let descriptor: Int32
  /// What the descriptor is, for messages (e.g. `standard output`).
  public let name: String

  /// A sink over a descriptor.
  public init(descriptor: Int32, name: String) {
    self.descriptor = descriptor
    self.name = name
  }

  /// A sink over a `FileHandle`'s descriptor.
  public init(_ handle: FileHandle, name: String) {
    self.init(descriptor: handle.fileDescriptor, name: name)
  }

  /// Standard output.
  public static let standardOutput = FileDescriptorSink(descriptor: 1, name: "standard output")

  public mutating func write(_ bytes: UnsafeRawBufferPointer) throws(ExchangeError) {
    var offset = 0
    while offset < bytes.count {
      let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else {
        let reason = written < 0 ? String(cString: strerror(errno)) : "nothing was written"
        throw ExchangeError(.outputFailed, "cannot write to \(name) (\(reason)); check the disk or where the output goes")
      }
      offset += written
    }
  }
}

/// Collects the bytes in memory (tests, small outputs).
public struct MemorySink: ByteSink {
  /// Everything written so far.
  public private(set) var bytes: [UInt8] = []

  /// An empty sink.
  public init() {}

  public mutating func write(_ bytes: UnsafeRawBufferPointer) throws(ExchangeError) {
    self.bytes.append(contentsOf: bytes)
  }
}

/// A 64 KiB buffer in front of a sink, so many small writes cost few system calls.
public struct BufferedOutput<Sink: ByteSink> {
  /// The sink the bytes go to.
  public private(set) var sink: Sink
  private var buffer: [UInt8] = []
  private static var capacity: Int { 64 * 1024 }

  /// A buffer in front of `sink`.
  public init(_ sink: Sink) {
    self.sink = sink
    buffer.reserveCapacity(Self.capacity)
  }

  /// Appends bytes, writing the buffer out when it is full.
  public mutating func write(_ bytes: some Sequence<UInt8>) throws(ExchangeError) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= Self.capacity { try flush() }
  }

  /// Appends text as UTF-8.
  public mutating func write(_ text: String) throws(ExchangeError) {
    try write(text.utf8)
  }

  /// Writes out what is buffered.
  public mutating func flush() throws(ExchangeError) {
    guard !buffer.isEmpty else { return }
    var failure: ExchangeError?
    do {
      let pending = buffer
      pending.withUnsafeBytes { bytes in
        do throws(ExchangeError) {
          try sink.write(bytes)
        } catch {
          failure = error
        }
      }
    }
    if let failure { throw failure }
    buffer.removeAll(keepingCapacity: true)
  }
}
