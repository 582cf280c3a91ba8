import Foundation

/// Reads an input file in one call. Failures become a message, never a crash.
enum FileLoader {
    enum Outcome {
        case success(SourceText)
        case failure(String)
    }

    static func load(_ path: String) -> Outcome {
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path), options: [.uncached])
            return .success(SourceText(bytes: [UInt8](data)))
        } catch let error as CocoaError {
            return .failure("\(path): cannot read: \(reason(error))")
        } catch {
            return .failure("\(path): cannot read: \(error.localizedDescription)")
        }
    }

    /// The bytes of a file, or nil when it cannot be read.
    static func bytes(_ path: String) -> [UInt8]? {
        (try? Data(contentsOf: URL(fileURLWithPath: path), options: [.uncached])).map { [UInt8]($0) }
    }

    private static func reason(_ error: CocoaError) -> String {
        switch error.code {
        case .fileReadNoSuchFile: return "no such file"
        case .fileReadNoPermission: return "permission denied"
        default:
            if let posix = error.userInfo[NSUnderlyingErrorKey] as? POSIXError { return "\(posix.code)" }
            return error.localizedDescription
        }
    }
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
        switch text.encoding {
        case .utf8:
            return []
        case .invalidUTF8(let first, let count):
            let byte = String(text.bytes[first], radix: 16, uppercase: true)
            let more = count > 1 ? " (\(count) invalid bytes in the file)" : ""
            return [at(first, .error, "invalid UTF-8 byte 0x\(byte); expected UTF-8 text\(more)")]
        case .utf16:
            return [at(0, .warning, "file is UTF-16; factlint checks UTF-8 text only, so it was skipped")]
        case .binary(let nul):
            return [at(nul, .note, "binary file (NUL byte) skipped")]
        }
    }
}
