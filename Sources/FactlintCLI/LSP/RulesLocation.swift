import FactlintCore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Which rules folder the language server loads: `--rules DIR`, then the client's
/// `initializationOptions.rules`, then a `rules/` folder in a workspace folder, then
/// `./rules` as the command line would.
enum RulesLocation {
    static func find(explicit: String?, fromClient: String?, roots: [String]) -> String? {
        if let explicit { return standardized(explicit) }
        if let fromClient { return standardized(fromClient) }
        for root in roots {
            let candidate = URL(fileURLWithPath: root).appendingPathComponent("rules").path
            if isFolder(candidate) { return standardized(candidate) }
        }
        return isFolder("rules") ? standardized("rules") : nil
    }

    private static func standardized(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    private static func isFolder(_ path: String) -> Bool {
        FileTree.existence(atPath: path).isFolder
    }
}
