import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What `stat` says of a file: its size and times. The index trusts a
/// file's row while its size and modification time are the ones stored
/// (as make and git do), so a warm load reads no file it has seen.
struct FileStamp: Equatable {
    /// Seconds after which a file's modification time is trusted: within
    /// a clock tick (a second or two on some file systems) a file can
    /// change again and keep its time.
    static let trustedAfter: TimeInterval = 2

    /// The file itself, however it is named.
    struct Identity: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    let identity: Identity
    let size: Int
    /// Seconds since 1970, with the nanoseconds.
    let mtime: Double
    /// The inode's change time: also moves when only the permissions do.
    let ctime: Double

    static func of(_ path: String) -> FileStamp? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return FileStamp(st)
    }

    /// The stamp of the file `name` in the open folder `folder` (following a link).
    static func of(_ name: String, in folder: Int32) -> FileStamp? {
        var st = stat()
        guard fstatat(folder, name, &st, 0) == 0 else { return nil }
        return FileStamp(st)
    }

    init(identity: Identity, size: Int, mtime: Double, ctime: Double) {
        self.identity = identity
        self.size = size
        self.mtime = mtime
        self.ctime = ctime
    }

    /// The stamp of the open file or folder `descriptor`.
    static func of(descriptor: Int32) -> FileStamp? {
        var st = stat()
        guard fstat(descriptor, &st) == 0 else { return nil }
        return FileStamp(st)
    }

    /// This stamp if its change time is `FoundFiles.settled` or more
    /// before `listing` (a change within the same clock tick after it
    /// would not move it), else nil: not to be trusted. The change time,
    /// which nobody can set back.
    func settled(before listing: Double) -> FileStamp? {
        listing - ctime >= FoundFiles.settled ? self : nil
    }

    private init(_ st: stat) {
        identity = Identity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
        size = Int(st.st_size)
        mtime = Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9
        ctime = Double(st.st_ctim.tv_sec) + Double(st.st_ctim.tv_nsec) / 1e9
    }
}

/// A folder listed or a file named when a corpus's files were found, by
/// its key, with its stamp then (nil: not to be trusted).
struct WatchedStamp: Equatable {
    let key: String
    let stamp: FileStamp?

    /// Whether it is as it was: no entry of the folder added, removed or
    /// renamed; the file not changed.
    var stands: Bool { stamp != nil && FileStamp.of(key) == stamp }
}

/// The state of a corpus as the index knows it: one hash over the paths
/// asked for (as written and resolved), every file found under them (in load order) and each
/// file's stamp, and the analyser's version. Two loads with the same state
/// read the same bytes, so the corpus-wide results of the first (events,
/// indexes, reports: a `CorpusSnapshot`) stand for the second.
enum CorpusState {
    static func key(paths: [String], files: [(key: String, stamp: FileStamp?)]) -> UInt64 {
        var h = hasher(paths)
        h.add("\u{0}")
        for file in files {
            h.add(file.key)
            if let s = file.stamp {
                h.add(UInt64(bitPattern: Int64(s.size)))
                h.add(s.mtime.bitPattern)
                h.add(s.ctime.bitPattern)
            } else {
                h.add("missing")
            }
        }
        return h.value
    }

    /// The paths asked for, hashed: which corpus, whatever its files.
    static func pathsKey(_ paths: [String]) -> UInt64 { hasher(paths).value }

    private static func hasher(_ paths: [String]) -> FNV1a {
        var h = FNV1a()
        h.add("parallax corpus state \(CorpusIndex.analyserVersion) \(CorpusIndex.snapshotFormat)")
        // Each path as written and as it resolves: the articles' paths are
        // kept as written ("corpus/a.txt"), so `./corpus` is another state.
        for path in paths {
            h.add(path)
            h.add(fileKey(path))
        }
        return h
    }

    /// The state of the corpus at `paths` now, from the files' stamps
    /// alone (nothing is read).
    static func now(paths: [String]) throws -> (key: UInt64, found: FoundFiles) {
        let found = try Corpus.findFiles(paths)
        return (key(paths: paths, files: Array(zip(found.keys, found.stamps))), found)
    }

    /// A file's key in the index: its absolute path, with `.` and `..`
    /// worked out (links are not followed), as `URL.standardizedFileURL`
    /// gives it but without building a URL (100,000 of them are slow).
    static func fileKey(_ path: String, cwd: String = FileManager.default.currentDirectoryPath) -> String {
        var parts: [Substring] = []
        let absolute = path.hasPrefix("/") ? path : cwd + "/" + path
        for part in absolute.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }
}
