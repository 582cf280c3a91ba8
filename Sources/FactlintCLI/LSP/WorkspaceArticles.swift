#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The articles on disk that cross-article checks compare an open buffer with: every
/// `*.txt` under the workspace folders (hidden folders and the rules folder skipped), read
/// again only when a file's size or modification time changes. Files are looked at again
/// when the client reports a change (save, watched files) and otherwise at most every
/// `recheckInterval` seconds, so typing in a large workspace does not stat every file.
struct WorkspaceArticles {
    var roots: [String] = []
    var extraCorpus: [String] = []
    var excludedFolders: [String] = []
    /// The walk is cached until something may have added or removed files.
    private var listing: [String]?
    private var listingWarning: String?
    private var cache: [String: (stamp: Stamp, bytes: [UInt8])] = [:]
    private var snapshot: (taken: Date, articles: [(path: String, bytes: [UInt8])])?
    static let recheckInterval: TimeInterval = 3
    /// Beyond this many files a workspace is not an article collection; only open buffers are checked.
    static let limit = 20_000

    struct Stamp: Equatable { var size: Int; var modified: Date }

    mutating func invalidateListing() {
        listing = nil
        snapshot = nil
    }

    /// Every article's path and bytes, sorted by path.
    mutating func articles(warning: inout String?) -> [(path: String, bytes: [UInt8])] {
        let now = Date()
        if let snapshot, now.timeIntervalSince(snapshot.taken) < Self.recheckInterval {
            warning = listingWarning
            return snapshot.articles
        }
        let articles = paths(warning: &warning).compactMap { path in bytes(path).map { (path: path, bytes: $0) } }
        snapshot = (now, articles)
        return articles
    }

    /// Paths of the articles, sorted; `warning` says why some were left out.
    mutating func paths(warning: inout String?) -> [String] {
        if let listing {
            warning = listingWarning
            return listing
        }
        let walk = FileWalker(includes: [], excludes: []).walk(roots + extraCorpus)
        var files = walk.files.filter { file in !excludedFolders.contains { file.hasPrefix($0 + "/") } }
        if files.count > Self.limit {
            warning = "factlint: \(files.count) text files in the workspace (more than \(Self.limit)); cross-article checks use the open files only"
            files = []
        }
        let kept = Set(files)
        cache = cache.filter { kept.contains($0.key) } // files gone from the workspace
        listing = files
        listingWarning = warning
        return files
    }

    /// The bytes of an article on disk, nil if it cannot be read.
    mutating func bytes(_ path: String) -> [UInt8]? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = (attributes[.size] as? UInt).map({ Int($0) }) ?? attributes[.size] as? Int,
              let modified = attributes[.modificationDate] as? Date else {
            cache[path] = nil
            return nil
        }
        let stamp = Stamp(size: size, modified: modified)
        if let hit = cache[path], hit.stamp == stamp { return hit.bytes }
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let bytes = [UInt8](data)
        cache[path] = (stamp, bytes)
        return bytes
    }
}
