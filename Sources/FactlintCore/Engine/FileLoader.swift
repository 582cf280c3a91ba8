#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads an input file. Failures become a message, never a crash.
///
/// Reads are bounded: only regular files are read (a FIFO or a device would block or never
/// end), and at most `maxBytes`, whatever size the file claims (a symlink to
/// `/proc/self/pagemap` claims 0 and never ends). The limit also keeps every offset far
/// inside the 32-bit token positions.
enum FileLoader {
    enum Outcome {
        case success(SourceText)
        case failure(String)
    }

    static let maxBytes = 256 << 20

    static func load(_ path: String) -> Outcome {
        switch read(path) {
        case .success(let bytes): return .success(SourceText(bytes: bytes))
        case .failure(let reason): return .failure("\(Escape.compilerPath(path)): cannot read: \(reason.message)")
        }
    }

    /// The bytes of a file, or nil when it cannot be read.
    static func bytes(_ path: String) -> [UInt8]? {
        if case .success(let bytes) = read(path) { return bytes }
        return nil
    }

    struct Reason: Error { var message: String }

    static func read(_ path: String) -> Result<[UInt8], Reason> {
        let fd = open(path, O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else { return .failure(Reason(message: describe(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(Reason(message: describe(errno))) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .failure(Reason(message: "not a regular file")) }
        let limit = "factlint reads files up to \(maxBytes >> 20) MiB"
        if Int(info.st_size) > maxBytes { return .failure(Reason(message: "the file is \(Int(info.st_size) >> 20) MiB; \(limit)")) }
        var bytes = [UInt8](repeating: 0, count: min(Int(info.st_size), maxBytes) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard count <= maxBytes else { return .failure(Reason(message: "the file is larger than it claims and has more than \(maxBytes >> 20) MiB; \(limit)")) }
                bytes.append(contentsOf: repeatElement(0, count: min(max(count, 1 << 16), maxBytes + 1 - count)))
            }
            let n = bytes.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return .failure(Reason(message: describe(errno)))
            }
            if n == 0 { break }
            count += n
        }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }

    private static func describe(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file"
        case EACCES: return "permission denied"
        default: return String(cString: strerror(code))
        }
    }
}

@inline(__always)
private func systemRead(_ fd: Int32, _ p: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.read(fd, p, count)
    #else
    return Darwin.read(fd, p, count)
    #endif
}

/// Findings about the bytes themselves, before any rule runs.
enum EncodingCheck {
    static func diagnostics(path: String, text: SourceText) -> [Diagnostic] {
        func at(_ offset: Int, _ severity: Severity, _ message: String) -> Diagnostic {
            let (line, column) = text.lineColumn(of: offset)
            let location = SourceLocation(path: path, line: line, column: column, endLine: line,
                                          endColumn: column + 1, byteRange: offset..<min(offset + 1, text.bytes.count))
            return Diagnostic(ruleID: BuiltinRule.encoding, severity: severity, message: message, location: location)
        }
        // A stray NUL in text: an error (nothing else shows it), and the rest is checked.
        var found: [Diagnostic] = []
        if let nul = text.bytes.firstIndex(of: 0), !text.encoding.isSkipped {
            found.append(at(nul, .error, "NUL byte (0x00); expected text"))
        }
        switch text.encoding {
        case .utf8:
            return found
        case .invalidUTF8(let first, let count):
            let byte = String(text.bytes[first], radix: 16, uppercase: true)
            let more = count > 1 ? " (\(count) invalid bytes in the file)" : ""
            return found + [at(first, .error, "invalid UTF-8 byte 0x\(byte); expected UTF-8 text\(more)")]
        case .utf16:
            return [at(0, .warning, "file is UTF-16; factlint checks UTF-8 text only, so it was skipped")]
        case .binary(let nul):
            // A warning, not a note: a skipped file must be visible to --fail-level warning.
            return [at(nul, .warning, "binary file (NUL bytes) skipped")]
        }
    }
}
