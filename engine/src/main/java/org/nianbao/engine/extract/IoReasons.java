package org.nianbao.engine.extract;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Chinese wording for file-system failures (Java's own messages are English or just the path). */
public final class IoReasons {
    private IoReasons() {
    }

    /** Why an I/O operation failed, in Chinese, without Java's English text. */
    public static String chinese(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "没有访问权限";
        }
        if (e instanceof NoSuchFileException) {
            return "文件或文件夹不存在";
        }
        if (e instanceof NotDirectoryException) {
            return "路径中有一部分不是文件夹";
        }
        if (e instanceof java.nio.file.DirectoryNotEmptyException) {
            return "是一个非空的文件夹";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "已存在同名的文件或文件夹";
        }
        String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        String r = reason == null ? "" : reason;
        if (r.contains("Read-only file system")) {
            return "文件系统是只读的";
        }
        if (r.contains("Permission denied") || r.contains("Operation not permitted")) {
            return "没有访问权限";
        }
        if (r.contains("No space left")) {
            return "磁盘空间不足";
        }
        if (r.contains("Is a directory")) {
            return "是一个文件夹，不是文件";
        }
        if (r.contains("No such file") || r.contains("not found")) {
            return "文件或文件夹不存在";
        }
        if (r.contains("Disk quota")) {
            return "超出磁盘配额";
        }
        return "输入输出错误";
    }
}
