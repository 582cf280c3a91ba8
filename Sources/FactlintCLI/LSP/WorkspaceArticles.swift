import Foundation

/// The articles on disk that cross-article checks compare an open buffer with: every
/// `*.txt` under the workspace folders (hidden folders and the rules folder skipped), read
/// again only when a file's size or modification time changes.
struct WorkspaceArticles {
    var roots: [String] = []
    var extraCorpus: [String] = []
    var excludedFolders: [String] = []
    /// The walk is cached until something may have added or removed files.
    private var listing: [String]?
    private var cache: [String: (stamp: Stamp, bytes: [UInt8])] = [:]
    /// Beyond this many files a workspace is not an article collection; only open buffers are checked.
    static let limit = 20_000

    struct Stamp: Equatable { var size: Int; var modified: Date }

    mutating func invalidateListing() { listing = nil }

    /// Paths of the articles, sorted; `warning` says why some were left out.
    mutating func paths(warning: inout String?) -> [String] {
        if let listing { return listing }
        let walk = FileWalker(includes: [], excludes: []).walk(roots + extraCorpus)
        var files = walk.files.filter { file in !excludedFolders.contains { file.hasPrefix($0 + "/") } }
        if files.count > Self.limit {
            warning = "factlint: \(files.count) text files in the workspace (more than \(Self.limit)); cross-article checks use the open files only"
            files = []
        }
        listing = files
        return files
    }

    /// The bytes of an article on disk, nil if it cannot be read.
    mutating func bytes(_ path: String) -> [UInt8]? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = (attributes[.size] as? NSNumber)?.intValue,
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
