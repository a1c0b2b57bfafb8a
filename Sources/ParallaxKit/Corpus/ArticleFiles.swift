import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The article files a load reads, in load order, each with its key in the
/// index (its absolute path) and what `stat` said of it.
struct FoundFiles {
    var files: [String] = []
    var keys: [String] = []
    var stamps: [FileStamp?] = []
    /// Folders that could not be read (their files are missed).
    var warnings: [LoadWarning] = []
    /// Every folder listed and every file named, by key, with its stamp
    /// when it was listed: while none has moved, no file has been added,
    /// removed or renamed (what `parallax search` looks at instead of every
    /// file's stamp, `CorpusSearch.fromSnapshot`). Nil for one changed
    /// within two seconds of the listing (a change in the same clock tick
    /// after it would not move the stamp: `settled`), which is never trusted.
    var watched: [WatchedStamp] = []

    /// How long after a change a folder's stamp is trusted, in seconds: a
    /// clock tick at most, a second or two on some file systems (tests
    /// that change their folders a moment before they search set 0).
    nonisolated(unsafe) static var settled: TimeInterval = 2
}

extension Corpus {
    /// The article files at `paths` in load order (folders read recursively,
    /// in name order), each with its key and stamp, and a warning for each
    /// folder that could not be read. One `stat` a file, which also tells a
    /// file named twice (a folder and a file in it, one path given twice, a
    /// link to a file loaded: the same device and inode), kept once.
    /// Throws `CorpusError.notFound` for a path that does not exist.
    static func findFiles(_ paths: [String]) throws -> FoundFiles {
        var found = FoundFiles()
        var seen: Set<FileStamp.Identity> = []
        seen.reserveCapacity(4096)
        let cwd = FileManager.default.currentDirectoryPath
        let listedAt = Date().timeIntervalSince1970
        func add(_ path: String, key: String) {
            let stamp = FileStamp.of(path)
            found.watched.append(WatchedStamp(key: key, stamp: stamp?.settled(before: listedAt)))
            if let id = stamp?.identity, !seen.insert(id).inserted { return }
            found.files.append(path)
            found.keys.append(key)
            found.stamps.append(stamp)
        }
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw CorpusError.notFound(path)
            }
            if isFolder.boolValue {
                let listed = articleFiles(under: path, since: listedAt)
                found.warnings += listed.warnings
                // Keys from the folder's key and the rest of the path, as written below it.
                // Cut by bytes: the root is a byte prefix of every path listed.
                let folderKey = CorpusState.fileKey(listed.root, cwd: cwd)
                let rootBytes = listed.root == "/" ? 0 : listed.root.utf8.count
                let base = folderKey == "/" ? "" : folderKey
                for (folder, stamp) in listed.folders {
                    let key = base + folder[folder.utf8.index(folder.startIndex, offsetBy: rootBytes)...]
                    found.watched.append(WatchedStamp(key: key.isEmpty ? "/" : key, stamp: stamp))
                }
                seen.reserveCapacity(seen.count + listed.files.count)
                found.files.reserveCapacity(found.files.count + listed.files.count)
                found.keys.reserveCapacity(found.keys.count + listed.files.count)
                found.stamps.reserveCapacity(found.stamps.count + listed.files.count)
                for (file, stamp) in zip(listed.files, listed.stamps) {
                    if let id = stamp?.identity, !seen.insert(id).inserted { continue }
                    found.files.append(file)
                    var key = base
                    key.append(contentsOf: file[file.utf8.index(file.startIndex, offsetBy: rootBytes)...])
                    found.keys.append(key)
                    found.stamps.append(stamp)
                }
            } else {
                add(path, key: CorpusState.fileKey(path, cwd: cwd))
            }
        }
        return found
    }

    /// The article files under `folder` in name order (each path the folder
    /// as written, `root`, and the rest), and a warning for each folder in
    /// it that could not be read (its files are missed). Hidden files and
    /// folders are skipped, and so are links to folders (a link may lead
    /// back up the tree). Read with `readdir`, which tells a folder from a
    /// file without a `stat` for most entries: a folder of 100,000 articles
    /// is listed in a fraction of a second. `folders` are the folders
    /// listed, each with its stamp taken before it was read (nil when it
    /// changed within `FoundFiles.settled` before `since`: see `FoundFiles.watched`).
    static func articleFiles(under folder: String, since: Double)
        -> (files: [String], stamps: [FileStamp?], root: String, warnings: [LoadWarning],
            folders: [(path: String, stamp: FileStamp?)]) {
        var warnings: [LoadWarning] = []
        var folders: [(path: String, stamp: FileStamp?)] = []
        var found: [(path: String, stamp: FileStamp?)] = []
        let wanted = extensions
        // Paths keep the folder as the user wrote it ("corpus/a.txt", not "/abs/corpus/a.txt").
        var root = folder
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        func walk(_ dir: String) {
            guard let handle = opendir(dir) else {
                warnings.append(LoadWarning(path: dir, problem: .unreadable("folder cannot be read")))
                // Watched too: made readable, its own stamp moves (its parent's does not).
                folders.append((dir, FileStamp.of(dir)?.settled(before: since)))
                return
            }
            defer { closedir(handle) }
            folders.append((dir, FileStamp.of(descriptor: dirfd(handle))?.settled(before: since)))
            var names: [String] = []
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
                }
                guard !name.hasPrefix(".") else { continue }
                // Made only when needed: most entries are files, their paths made once sorted.
                var path: String { dir == "/" ? "/" + name : dir + "/" + name }
                var isFolder = Int32(entry.pointee.d_type) == Int32(DT_DIR)
                var isFile = Int32(entry.pointee.d_type) == Int32(DT_REG)
                if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                    var st = stat()
                    guard lstat(path, &st) == 0 else { continue }
                    isFolder = st.st_mode & S_IFMT == S_IFDIR
                    isFile = st.st_mode & S_IFMT == S_IFREG
                } else if Int32(entry.pointee.d_type) == Int32(DT_LNK) {
                    // A link to a file is read; a link to a folder is not followed.
                    var st = stat()
                    isFile = stat(path, &st) == 0 && st.st_mode & S_IFMT != S_IFDIR
                }
                if isFolder {
                    walk(path)
                } else if isFile, wanted.contains(Self.fileExtension(name)) {
                    names.append(name)
                }
            }
            // Stamped by name within the open folder (no walk of the whole
            // path), on every core when the folder is large.
            names.sort()  // a folder of files alone is then in order already
            let fd = dirfd(handle)
            let stamp = { (name: String) in FileStamp.of(name, in: fd) }
            let stamps = names.count < 2_000 ? names.map(stamp)
                : (try? ParallelMap.map(names, stamp)) ?? names.map(stamp)  // throws only when cancelled
            for (name, stamp) in zip(names, stamps) { found.append((dir == "/" ? "/" + name : dir + "/" + name, stamp)) }
        }
        walk(root)
        // Name order over the whole tree (a folder's files may come before
        // or after its subfolders'): the places sorted, not the entries.
        let paths = found.map(\.path)
        guard !zip(paths, paths.dropFirst()).allSatisfy({ $0 < $1 }) else {
            return (paths, found.map(\.stamp), root, warnings, folders)
        }
        let order = paths.indices.sorted { paths[$0] < paths[$1] }
        return (order.map { paths[$0] }, order.map { found[$0].stamp }, root, warnings, folders)
    }

    /// The extension of a file name, lower case ("" for none).
    static func fileExtension(_ name: String) -> String {
        // Found among the bytes: a "." is one byte in UTF-8 and in no other character's.
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return "" }
        return name[name.utf8.index(after: dot)...].lowercased()
    }
}
