#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// JSON-RPC's base protocol framing: `Content-Length: N\r\n` (other headers allowed and
/// ignored), a blank line, then N bytes of JSON.
public enum MessageFraming {
    public static func frame(_ body: Data) -> Data {
        var out = Data("Content-Length: \(body.count)\r\n\r\n".utf8)
        out.append(body)
        return out
    }
}

public struct FramingError: Error, Equatable, CustomStringConvertible {
    public var description: String
}

/// Splits a byte stream into message bodies, however the bytes arrive (one at a time, or
/// several messages in one read).
public struct MessageReader {
    private var buffer: [UInt8] = []
    private var start = 0
    /// Messages larger than this are refused rather than buffered without bound.
    public var maximumLength = 256 << 20

    public init() {}

    public mutating func append<S: Sequence>(_ bytes: S) where S.Element == UInt8 { buffer.append(contentsOf: bytes) }

    /// The next complete body, nil if more bytes are needed. A malformed header throws; the
    /// stream cannot be resynchronised after that.
    public mutating func next() throws -> Data? {
        guard let headerEnd = find([13, 10, 13, 10], from: start) else {
            if buffer.count - start > 8192 { throw FramingError(description: "header longer than 8 KiB") }
            return nil
        }
        var length: Int?
        let header = String(decoding: buffer[start..<headerEnd], as: UTF8.self)
        for line in header.split(separator: "\r\n", omittingEmptySubsequences: false) {
            guard let colon = line.firstIndex(of: ":") else {
                throw FramingError(description: "malformed header line '\(line)'")
            }
            let name = line[..<colon].trimmingSpaces().lowercased()
            let value = line[line.index(after: colon)...].trimmingSpaces()
            if name == "content-length" {
                guard let n = Int(value), n >= 0 else { throw FramingError(description: "bad Content-Length '\(value)'") }
                length = n
            }
        }
        guard let length else { throw FramingError(description: "header without Content-Length") }
        guard length <= maximumLength else { throw FramingError(description: "message of \(length) bytes is too large") }
        let bodyStart = headerEnd + 4
        guard buffer.count - bodyStart >= length else { return nil }
        let body = Data(buffer[bodyStart..<bodyStart + length])
        start = bodyStart + length
        if start > 1 << 16 || start == buffer.count { buffer.removeFirst(start); start = 0 }
        return body
    }

    private func find(_ needle: [UInt8], from: Int) -> Int? {
        var i = from
        while i + needle.count <= buffer.count {
            if buffer[i] == needle[0] && buffer[i + 1] == needle[1] && buffer[i + 2] == needle[2] && buffer[i + 3] == needle[3] { return i }
            i += 1
        }
        return nil
    }
}
