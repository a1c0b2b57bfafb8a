import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension Corpus {
    /// The article files at `paths` in load order (folders read recursively,
    /// in name order), and a warning for each folder that could not be read.
    /// Throws `CorpusError.notFound` for a path that does not exist.
    static func findFiles(_ paths: [String]) throws -> (files: [String], warnings: [LoadWarning]) {
        var files: [String] = []
        var warnings: [LoadWarning] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw CorpusError.notFound(path)
            }
            if isFolder.boolValue {
                let found = articleFiles(under: path)
                files += found.files
                warnings += found.warnings
            } else {
                files.append(path)
            }
        }
        // A file named twice (a folder and a file in it, one path given
        // twice, a link to a file loaded) is one article: the same device
        // and inode.
        struct Identity: Hashable {
            let device: UInt64
            let inode: UInt64
        }
        var seen: Set<Identity> = []
        files = files.filter { path in
            var st = stat()
            guard stat(path, &st) == 0 else { return true }  // reading it will say what is wrong
            return seen.insert(Identity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))).inserted
        }
        return (files, warnings)
    }

    /// The article files under `folder` in name order, and a warning for
    /// each folder in it that could not be read (its files are missed).
    /// Hidden files and folders are skipped, and so are links to folders
    /// (a link may lead back up the tree). Read with `readdir`, which tells
    /// a folder from a file without a `stat` for most entries: a folder of
    /// 100,000 articles is listed in a fraction of a second.
    static func articleFiles(under folder: String) -> (files: [String], warnings: [LoadWarning]) {
        var warnings: [LoadWarning] = []
        var found: [String] = []
        // Paths keep the folder as the user wrote it ("corpus/a.txt", not "/abs/corpus/a.txt").
        var root = folder
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        func walk(_ dir: String) {
            guard let handle = opendir(dir) else {
                warnings.append(LoadWarning(path: dir, problem: .unreadable("folder cannot be read")))
                return
            }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
                }
                guard !name.hasPrefix(".") else { continue }
                let path = dir == "/" ? "/" + name : dir + "/" + name
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
                } else if isFile, extensions.contains(Self.fileExtension(name)) {
                    found.append(path)
                }
            }
        }
        walk(root)
        return (found.sorted(), warnings)
    }

    /// The extension of a file name, lower case ("" for none).
    static func fileExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
