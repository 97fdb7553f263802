#pragma once

#include <cstddef>
#include <string_view>

/// An uninitialised byte buffer for whole files. Big buffers come straight from mmap:
/// reading a 100 MB record into a zero-filled std::string spent a sixth of the load time in
/// memset. (A transparent-huge-page hint made it slower on the virtual machines measured.)
class ByteBuffer {
public:
    ByteBuffer() = default;
    /// Room for `size` bytes plus `padding` bytes that stay readable past the end.
    ByteBuffer(size_t size, size_t padding);
    ~ByteBuffer();
    ByteBuffer(ByteBuffer&& other) noexcept;
    ByteBuffer& operator=(ByteBuffer&& other) noexcept;
    ByteBuffer(const ByteBuffer&) = delete;
    ByteBuffer& operator=(const ByteBuffer&) = delete;

    char* data() { return m_data; }
    char operator[](size_t i) const { return m_data[i]; }
    const char* data() const { return m_data; }
    size_t size() const { return m_size; }
    size_t capacity() const { return m_capacity; }
    bool empty() const { return m_size == 0; }
    /// Shrinks the used size (after a short read); never grows.
    void truncate(size_t size) { m_size = size < m_size ? size : m_size; }
    std::string_view view() const { return { m_data, m_size }; }

private:
    void release();

    char* m_data = nullptr;
    size_t m_size = 0;
    size_t m_capacity = 0;
    bool m_mapped = false;
};
