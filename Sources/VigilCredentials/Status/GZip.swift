import CZlib

/// GZIP (RFC 1952) with zlib, for a status list's `encodedList`: compressed at level 9 with no file
/// name or time in the header, so the same bits always give the same bytes.
enum GZip {
  /// The most bytes a status list may inflate to (a list larger than that is refused, not read).
  static let inflateLimit = 1 << 20

  /// The GZIP stream of `bytes`.
  static func compress(_ bytes: [UInt8]) throws(CredentialError) -> [UInt8] {
    var stream = z_stream()
    // windowBits 15 + 16: a GZIP wrapper instead of zlib's own.
    guard deflateInit2_(&stream, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
    else { throw CredentialError(.cannotIssue, "zlib cannot start compressing the status list") }
    defer { deflateEnd(&stream) }
    var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))) + 32)
    var input = bytes
    let result = input.withUnsafeMutableBufferPointer { source in
      output.withUnsafeMutableBufferPointer { target in
        stream.next_in = source.baseAddress
        stream.avail_in = uInt(source.count)
        stream.next_out = target.baseAddress
        stream.avail_out = uInt(target.count)
        return deflate(&stream, Z_FINISH)
      }
    }
    guard result == Z_STREAM_END else { throw CredentialError(.cannotIssue, "zlib cannot compress the status list") }
    return Array(output.prefix(Int(stream.total_out)))
  }

  /// The bytes a GZIP stream holds, at most ``inflateLimit`` of them.
  static func decompress(_ bytes: [UInt8]) throws(CredentialError) -> [UInt8] {
    var stream = z_stream()
    guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      throw CredentialError(.malformedStatusList, "zlib cannot start reading the status list")
    }
    defer { inflateEnd(&stream) }
    var output = [UInt8](repeating: 0, count: inflateLimit + 1)
    var input = bytes
    let result = input.withUnsafeMutableBufferPointer { source in
      output.withUnsafeMutableBufferPointer { target in
        stream.next_in = source.baseAddress
        stream.avail_in = uInt(source.count)
        stream.next_out = target.baseAddress
        stream.avail_out = uInt(target.count)
        return inflate(&stream, Z_FINISH)
      }
    }
    guard result == Z_STREAM_END, Int(stream.total_out) <= inflateLimit, stream.avail_in == 0 else {
      throw CredentialError(
        .malformedStatusList, "the status list's encodedList is not one GZIP stream of at most \(inflateLimit) bytes")
    }
    return Array(output.prefix(Int(stream.total_out)))
  }
}
