#ifndef CJIANBAO_SHA256_H
#define CJIANBAO_SHA256_H

#include <stddef.h>
#include <stdint.h>

/// SHA-256's 64 round constants (FIPS 180-4, 4.2.2), for this code and JianbaoCore's Swift SHA256.
extern const uint32_t jianbao_sha256_k[64];

/// Whether this CPU has the SHA extensions (and the SSSE3 and SSE4.1 they are used with). Always 0 off x86-64.
int jianbao_sha256_hardware_available(void);

/// Compresses `blocks` 64-byte blocks of `data` into `state` (a, b, … h) with the SHA instructions.
/// Call only where `jianbao_sha256_hardware_available()` said 1.
void jianbao_sha256_hardware_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
