#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `file:` URIs to paths and back. Engine paths are file system paths for files and the URI
/// itself for anything else (`untitled:`), so every finding maps back to where it came from.
enum DocumentURI {
    static func path(_ uri: String) -> String {
        guard uri.hasPrefix("file:"), let url = URL(string: uri), url.isFileURL else { return uri }
        return url.standardizedFileURL.path
    }

    static func uri(_ path: String) -> String {
        guard path.hasPrefix("/") else { return path }
        return URL(fileURLWithPath: path).absoluteString
    }

    static func isFile(_ uri: String) -> Bool { uri.hasPrefix("file:") }
}
