#include "bytebuffer.h"

#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>

#include <sys/mman.h>

namespace {
constexpr size_t kMapThreshold = size_t(4) << 20;
}

ByteBuffer::ByteBuffer(size_t size, size_t padding)
    : m_size(size)
    , m_capacity(size + padding)
{
    if (m_capacity >= kMapThreshold) {
        void* p = mmap(nullptr, m_capacity, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p != MAP_FAILED) {
            m_data = static_cast<char*>(p);
            m_mapped = true;
        }
    }
    if (!m_data) {
        m_data = static_cast<char*>(std::malloc(m_capacity ? m_capacity : 1));
        if (!m_data)
            throw std::bad_alloc();
    }
    // The padding is read by the SIMD parser; keep it deterministic.
    std::memset(m_data + size, 0, padding);
}

ByteBuffer::~ByteBuffer()
{
    release();
}

ByteBuffer::ByteBuffer(ByteBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
    , m_capacity(std::exchange(other.m_capacity, 0))
    , m_mapped(std::exchange(other.m_mapped, false))
{
}

ByteBuffer& ByteBuffer::operator=(ByteBuffer&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
        m_mapped = std::exchange(other.m_mapped, false);
    }
    return *this;
}

void ByteBuffer::release()
{
    if (!m_data)
        return;
    if (m_mapped)
        munmap(m_data, m_capacity);
    else
        std::free(m_data);
    m_data = nullptr;
}
