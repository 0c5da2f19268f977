// Generates the WebAssembly text of the float32 gemm: packing, a register-blocked micro-kernel
// over f32x4 lanes, and the cache-blocked loops around it (the GotoBLAS/BLIS structure).
//
// Layout, all row-major, addresses in bytes:
//   op(A) is m×k; packA holds an mc×kc block as MR-row panels, each kcp steps of MR floats.
//   op(B) is k×n; packB holds a kc×nc block as NR-column panels, each kcp steps of NR floats.
//   kcp is kc rounded up to the unroll factor; the padding rows are zero, so the micro-kernel's
//   unrolled loop needs no remainder, and partial panels are zero-filled to a full MR or NR.
// The micro-kernel keeps an MR×NR tile of C in MR·NR/4 v128 locals for the whole k loop: per
// step it loads NR/4 vectors of B and MR broadcast scalars of A, and does MR·NR/4 multiply-adds.

/**
 * @typedef {object} GemmConfig
 * @property {number} mr rows of the micro-tile
 * @property {number} nr columns of the micro-tile, a multiple of 4
 * @property {number} kc depth of a packed block, a multiple of `unroll`
 * @property {number} mc rows of a packed A block, a multiple of `mr`
 * @property {number} nc columns of a packed B block, a multiple of `nr`
 * @property {number} unroll k steps per iteration of the micro-kernel loop
 * @property {boolean} relaxed use f32x4.relaxed_madd (a fused multiply-add where the CPU has one)
 * @property {boolean} shared import a shared memory (for worker threads) instead of an unshared one
 */

/**
 * One of columnSums' two loops: four columns at a time in f32x4 (`vector`), then one at a time
 * (`scalar`); both sum a column's rows from 0 in row order, so they give the scalar loop's bits.
 */
function columnSumsLoop(kind) {
  const vector = kind === 'vector';
  const [acc, zero, add, load, store, width] = vector
    ? ['$acc', '(v128.const f32x4 0 0 0 0)', 'f32x4.add', 'v128.load', 'v128.store', 4]
    : ['$s', '(f32.const 0)', 'f32.add', 'f32.load', 'f32.store', 1];
  const done = vector
    ? '(i32.gt_u (i32.add (local.get $j) (i32.const 4)) (local.get $cols))'
    : '(i32.ge_u (local.get $j) (local.get $cols))';
  return `    (block $${kind}s
      (loop $${kind}
        (br_if $${kind}s ${done})
        (local.set ${acc} ${zero})
        (local.set $p (i32.add (local.get $src) (i32.shl (local.get $j) (i32.const 2))))
        (local.set $r (local.get $rows))
        (loop $row
          (local.set ${acc} (${add} (local.get ${acc}) (${load} (local.get $p))))
          (local.set $p (i32.add (local.get $p) (local.get $stride)))
          (br_if $row (local.tee $r (i32.sub (local.get $r) (i32.const 1)))))
        (${store} (i32.add (local.get $dst) (i32.shl (local.get $j) (i32.const 2))) (local.get ${acc}))
        (local.set $j (i32.add (local.get $j) (i32.const ${width})))
        (br $${kind})))`;
}

/** @param {GemmConfig} config @returns {string} */
export function gemmWat(config) {
  const { mr, nr, kc, mc, nc, unroll, relaxed, shared } = config;
  if (nr % 4 !== 0 || kc % unroll !== 0 || mc % mr !== 0 || nc % nr !== 0) {
    throw new Error(`inconsistent gemm config ${JSON.stringify(config)}`);
  }
  const vectors = nr / 4;
  const acc = (r, j) => `$c${r}_${j}`;

  const locals = [];
  for (let r = 0; r < mr; r++) for (let j = 0; j < vectors; j++) locals.push(`(local ${acc(r, j)} v128)`);
  for (let j = 0; j < vectors; j++) locals.push(`(local $b${j} v128)`);
  locals.push('(local $av v128)', '(local $cp i32)', '(local $aEnd i32)');

  const body = [];
  for (let u = 0; u < unroll; u++) {
    for (let j = 0; j < vectors; j++) {
      body.push(`local.get $b`, `v128.load offset=${(u * nr + 4 * j) * 4}`, `local.set $b${j}`);
    }
    for (let r = 0; r < mr; r++) {
      body.push(`local.get $a`, `v128.load32_splat offset=${(u * mr + r) * 4}`, `local.set $av`);
      for (let j = 0; j < vectors; j++) {
        if (relaxed) {
          body.push(`local.get $av`, `local.get $b${j}`, `local.get ${acc(r, j)}`, `f32x4.relaxed_madd`);
        } else {
          body.push(`local.get ${acc(r, j)}`, `local.get $av`, `local.get $b${j}`, `f32x4.mul`, `f32x4.add`);
        }
        body.push(`local.set ${acc(r, j)}`);
      }
    }
  }

  // The tile's epilogue: C = acc, C += acc, or C = acc + bias (the first block of a product with a
  // bias row, the same sum as adding acc to C preset to the bias); then, on the last block of a
  // product with an activation output, out = relu(C) at the same place $act bytes away.
  const storeAdd = [];
  const storeSet = [];
  const storeBias = [];
  const relu = [];
  for (let r = 0; r < mr; r++) {
    for (let j = 0; j < vectors; j++) {
      const at = `offset=${16 * j}`;
      storeAdd.push(`local.get $cp`, `local.get $cp`, `v128.load ${at}`, `local.get ${acc(r, j)}`, `f32x4.add`, `v128.store ${at}`);
      storeSet.push(`local.get $cp`, `local.get ${acc(r, j)}`, `v128.store ${at}`);
      storeBias.push(`local.get $cp`, `local.get ${acc(r, j)}`, `global.get $bias`, `v128.load ${at}`, `f32x4.add`, `v128.store ${at}`);
      relu.push(
        `local.get $cp`, `v128.load ${at}`, `local.set $av`, `local.get $cp`, `global.get $act`, `i32.add`,
        `local.get $av`, `local.get $av`, `v128.const f32x4 0 0 0 0`, `f32x4.le`, `v128.andnot`, `v128.store ${at}`,
      );
    }
    if (r + 1 < mr) {
      for (const list of [storeAdd, storeSet, storeBias, relu]) {
        list.push(`local.get $cp`, `local.get $ldc`, `i32.add`, `local.set $cp`);
      }
    }
  }

  // Copies the MR floats of one k step of a transposed A (contiguous in memory) into its panel.
  const copyRow = [];
  let offset = 0;
  for (; offset + 4 <= mr; offset += 4) {
    copyRow.push(`local.get $d`, `local.get $s`, `v128.load offset=${offset * 4}`, `v128.store offset=${offset * 4}`);
  }
  for (; offset + 2 <= mr; offset += 2) {
    copyRow.push(`local.get $d`, `local.get $s`, `i64.load offset=${offset * 4}`, `i64.store offset=${offset * 4}`);
  }
  for (; offset < mr; offset += 1) {
    copyRow.push(`local.get $d`, `local.get $s`, `f32.load offset=${offset * 4}`, `f32.store offset=${offset * 4}`);
  }
  const copyB = [];
  for (let j = 0; j < vectors; j++) {
    copyB.push(`local.get $d`, `local.get $s`, `v128.load offset=${16 * j}`, `v128.store offset=${16 * j}`);
  }

  const indent = (lines, depth) => lines.map((line) => `${' '.repeat(depth)}${line}`).join('\n');

  return `(module
  ;; The memory comes from JavaScript: shared when worker threads split a product between them.
  (import "env" "memory" (memory 1 65536${shared ? ' shared' : ''}))

  ;; Epilogue settings for the next kernel call: the address of the bias for its first column (0:
  ;; none), and the byte distance from C to the activation output (0: none).
  (global $bias (mut i32) (i32.const 0))
  (global $act (mut i32) (i32.const 0))

  ;; C tile (MR×NR at $c, row stride $ldc bytes) = or += packed A panel · packed B panel over $kc steps.
  ;; The loop ends when $a reaches the end of its panel: one pointer compare instead of a counter
  ;; to decrement, an integer instruction fewer per step beside the MR·NR/4 multiply-adds.
  (func $kernel (param $kc i32) (param $a i32) (param $b i32) (param $c i32) (param $ldc i32) (param $add i32)
    ${locals.join(' ')}
    (local.set $aEnd (i32.add (local.get $a) (i32.mul (local.get $kc) (i32.const ${mr * 4}))))
    (loop $steps
${indent(body, 6)}
      (local.set $a (i32.add (local.get $a) (i32.const ${mr * unroll * 4})))
      (local.set $b (i32.add (local.get $b) (i32.const ${nr * unroll * 4})))
      (br_if $steps (i32.ne (local.get $a) (local.get $aEnd))))
    (local.set $cp (local.get $c))
    (if (local.get $add)
      (then
${indent(storeAdd, 8)})
      (else
        (if (global.get $bias)
          (then
${indent(storeBias, 12)})
          (else
${indent(storeSet, 12)}))))
    (if (global.get $act)
      (then
        (local.set $cp (local.get $c))
${indent(relu, 8)})))

  ;; Writes or adds the top-left rows×cols of a full tile (row stride NR floats) into C, and relu of
  ;; the result $act bytes further on when $act is not 0.
  (func $edge (param $tile i32) (param $c i32) (param $ldc i32) (param $rows i32) (param $cols i32) (param $add i32) (param $act i32)
    (local $r i32) (local $j i32) (local $s i32) (local $d i32) (local $v f32)
    (loop $row
      (local.set $s (i32.add (local.get $tile) (i32.mul (local.get $r) (i32.const ${nr * 4}))))
      (local.set $d (i32.add (local.get $c) (i32.mul (local.get $r) (local.get $ldc))))
      (local.set $j (i32.const 0))
      (loop $col
        (local.set $v
          (if (result f32) (local.get $add)
            (then (f32.add (f32.load (local.get $d)) (f32.load (local.get $s))))
            (else (f32.load (local.get $s)))))
        (f32.store (local.get $d) (local.get $v))
        (if (local.get $act)
          (then
            (f32.store (i32.add (local.get $d) (local.get $act))
              (select (f32.const 0) (local.get $v) (f32.le (local.get $v) (f32.const 0))))))
        (local.set $s (i32.add (local.get $s) (i32.const 4)))
        (local.set $d (i32.add (local.get $d) (i32.const 4)))
        (br_if $col (i32.lt_u (local.tee $j (i32.add (local.get $j) (i32.const 1))) (local.get $cols))))
      (br_if $row (i32.lt_u (local.tee $r (i32.add (local.get $r) (i32.const 1))) (local.get $rows)))))

  ;; Transposes $n blocks of 4×4 floats: rows at $s, $s+$ld, $s+2·$ld, $s+3·$ld, four columns a
  ;; block; column c of block q becomes the 4 floats at $d + (4q + c)·$ds.
  (func $transpose4 (param $s i32) (param $ld i32) (param $d i32) (param $ds i32) (param $n i32)
    (local $r0 v128) (local $r1 v128) (local $r2 v128) (local $r3 v128)
    (local $lo01 v128) (local $lo23 v128) (local $hi01 v128) (local $hi23 v128)
    (local $s1 i32) (local $s2 i32) (local $s3 i32)
    (if (i32.eqz (local.get $n)) (then (return)))
    (local.set $s1 (i32.add (local.get $s) (local.get $ld)))
    (local.set $s2 (i32.add (local.get $s1) (local.get $ld)))
    (local.set $s3 (i32.add (local.get $s2) (local.get $ld)))
    (loop $blocks
      (local.set $r0 (v128.load (local.get $s)))
      (local.set $r1 (v128.load (local.get $s1)))
      (local.set $r2 (v128.load (local.get $s2)))
      (local.set $r3 (v128.load (local.get $s3)))
      (local.set $lo01 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $r0) (local.get $r1)))
      (local.set $lo23 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $r2) (local.get $r3)))
      (local.set $hi01 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $r0) (local.get $r1)))
      (local.set $hi23 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $r2) (local.get $r3)))
      (v128.store (local.get $d) (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $lo01) (local.get $lo23)))
      (local.set $d (i32.add (local.get $d) (local.get $ds)))
      (v128.store (local.get $d) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $lo01) (local.get $lo23)))
      (local.set $d (i32.add (local.get $d) (local.get $ds)))
      (v128.store (local.get $d) (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $hi01) (local.get $hi23)))
      (local.set $d (i32.add (local.get $d) (local.get $ds)))
      (v128.store (local.get $d) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $hi01) (local.get $hi23)))
      (local.set $d (i32.add (local.get $d) (local.get $ds)))
      (local.set $s (i32.add (local.get $s) (i32.const 16)))
      (local.set $s1 (i32.add (local.get $s1) (i32.const 16)))
      (local.set $s2 (i32.add (local.get $s2) (i32.const 16)))
      (local.set $s3 (i32.add (local.get $s3) (i32.const 16)))
      (br_if $blocks (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))

  ;; Packs rows [ic, ic+mc) × steps [pc, pc+kc) of op(A) into MR-row panels at $dst.
  (func $packA (param $trans i32) (param $a i32) (param $lda i32) (param $ic i32) (param $pc i32)
               (param $mc i32) (param $kc i32) (param $kcp i32) (param $dst i32)
    (local $ir i32) (local $h i32) (local $panel i32) (local $r i32) (local $p i32) (local $p0 i32) (local $s i32) (local $d i32)
    (loop $panels
      (local.set $h (i32.sub (local.get $mc) (local.get $ir)))
      (if (i32.gt_u (local.get $h) (i32.const ${mr})) (then (local.set $h (i32.const ${mr}))))
      (local.set $panel (i32.add (local.get $dst) (i32.mul (local.get $ir) (i32.shl (local.get $kcp) (i32.const 2)))))
      (if (i32.or (i32.lt_u (local.get $h) (i32.const ${mr})) (i32.lt_u (local.get $kc) (local.get $kcp)))
        (then (memory.fill (local.get $panel) (i32.const 0) (i32.mul (local.get $kcp) (i32.const ${mr * 4})))))
      (if (local.get $trans)
        (then
          ;; A is stored k×m: one k step of the panel is contiguous.
          (local.set $s (i32.shl (i32.add (i32.mul (local.get $pc) (local.get $lda)) (i32.add (local.get $ic) (local.get $ir))) (i32.const 2)))
          (local.set $s (i32.add (local.get $a) (local.get $s)))
          (local.set $d (local.get $panel))
          (local.set $p (i32.const 0))
          (if (i32.eq (local.get $h) (i32.const ${mr}))
            (then
              (loop $steps
${indent(copyRow, 16)}
                (local.set $s (i32.add (local.get $s) (i32.shl (local.get $lda) (i32.const 2))))
                (local.set $d (i32.add (local.get $d) (i32.const ${mr * 4})))
                (br_if $steps (i32.lt_u (local.tee $p (i32.add (local.get $p) (i32.const 1))) (local.get $kc)))))
            (else
              (loop $steps
                (local.set $r (i32.const 0))
                (loop $rows
                  (f32.store (i32.add (local.get $d) (i32.shl (local.get $r) (i32.const 2)))
                    (f32.load (i32.add (local.get $s) (i32.shl (local.get $r) (i32.const 2)))))
                  (br_if $rows (i32.lt_u (local.tee $r (i32.add (local.get $r) (i32.const 1))) (local.get $h))))
                (local.set $s (i32.add (local.get $s) (i32.shl (local.get $lda) (i32.const 2))))
                (local.set $d (i32.add (local.get $d) (i32.const ${mr * 4})))
                (br_if $steps (i32.lt_u (local.tee $p (i32.add (local.get $p) (i32.const 1))) (local.get $kc)))))))
        (else
          ;; A is stored m×k: each row of the panel is contiguous. Full panels go through 4×4
          ;; transposes, four k steps at a time; the rest, and partial panels, element by element.
          (local.set $p0 (i32.const 0))
          ${mr % 4 === 0 ? `(if (i32.eq (local.get $h) (i32.const ${mr}))
            (then
              (local.set $p0 (i32.and (local.get $kc) (i32.const -4)))
              (local.set $r (i32.const 0))
              (loop $groups
                (call $transpose4
                  (i32.add (local.get $a) (i32.shl (i32.add (i32.mul (i32.add (local.get $ic) (i32.add (local.get $ir) (local.get $r))) (local.get $lda)) (local.get $pc)) (i32.const 2)))
                  (i32.shl (local.get $lda) (i32.const 2))
                  (i32.add (local.get $panel) (i32.shl (local.get $r) (i32.const 2)))
                  (i32.const ${mr * 4})
                  (i32.shr_u (local.get $kc) (i32.const 2)))
                (br_if $groups (i32.lt_u (local.tee $r (i32.add (local.get $r) (i32.const 4))) (i32.const ${mr}))))))` : ''}
          (if (i32.lt_u (local.get $p0) (local.get $kc))
            (then
              (local.set $r (i32.const 0))
              (loop $rows
                (local.set $s (i32.shl (i32.add (i32.mul (i32.add (local.get $ic) (i32.add (local.get $ir) (local.get $r))) (local.get $lda)) (i32.add (local.get $pc) (local.get $p0))) (i32.const 2)))
                (local.set $s (i32.add (local.get $a) (local.get $s)))
                (local.set $d (i32.add (local.get $panel) (i32.shl (i32.add (i32.mul (local.get $p0) (i32.const ${mr})) (local.get $r)) (i32.const 2))))
                (local.set $p (local.get $p0))
                (loop $steps
                  (f32.store (local.get $d) (f32.load (local.get $s)))
                  (local.set $s (i32.add (local.get $s) (i32.const 4)))
                  (local.set $d (i32.add (local.get $d) (i32.const ${mr * 4})))
                  (br_if $steps (i32.lt_u (local.tee $p (i32.add (local.get $p) (i32.const 1))) (local.get $kc))))
                (br_if $rows (i32.lt_u (local.tee $r (i32.add (local.get $r) (i32.const 1))) (local.get $h))))))))
      (br_if $panels (i32.lt_u (local.tee $ir (i32.add (local.get $ir) (i32.const ${mr}))) (local.get $mc)))))

  ;; Packs steps [pc, pc+kc) × columns [jc, jc+nc) of op(B) into NR-column panels at $dst.
  (func $packB (param $trans i32) (param $b i32) (param $ldb i32) (param $pc i32) (param $jc i32)
               (param $kc i32) (param $kcp i32) (param $nc i32) (param $dst i32)
    (local $jr i32) (local $w i32) (local $panel i32) (local $j i32) (local $p i32) (local $p0 i32) (local $s i32) (local $d i32)
    (loop $panels
      (local.set $w (i32.sub (local.get $nc) (local.get $jr)))
      (if (i32.gt_u (local.get $w) (i32.const ${nr})) (then (local.set $w (i32.const ${nr}))))
      (local.set $panel (i32.add (local.get $dst) (i32.mul (local.get $jr) (i32.shl (local.get $kcp) (i32.const 2)))))
      (if (i32.or (i32.lt_u (local.get $w) (i32.const ${nr})) (i32.lt_u (local.get $kc) (local.get $kcp)))
        (then (memory.fill (local.get $panel) (i32.const 0) (i32.mul (local.get $kcp) (i32.const ${nr * 4})))))
      (if (local.get $trans)
        (then
          ;; B is stored n×k: each column of the panel is contiguous. Full panels go through 4×4
          ;; transposes, four k steps at a time; the rest, and partial panels, element by element.
          (local.set $p0 (i32.const 0))
          ${nr % 4 === 0 ? `(if (i32.eq (local.get $w) (i32.const ${nr}))
            (then
              (local.set $p0 (i32.and (local.get $kc) (i32.const -4)))
              (local.set $j (i32.const 0))
              (loop $groups
                (call $transpose4
                  (i32.add (local.get $b) (i32.shl (i32.add (i32.mul (i32.add (local.get $jc) (i32.add (local.get $jr) (local.get $j))) (local.get $ldb)) (local.get $pc)) (i32.const 2)))
                  (i32.shl (local.get $ldb) (i32.const 2))
                  (i32.add (local.get $panel) (i32.shl (local.get $j) (i32.const 2)))
                  (i32.const ${nr * 4})
                  (i32.shr_u (local.get $kc) (i32.const 2)))
                (br_if $groups (i32.lt_u (local.tee $j (i32.add (local.get $j) (i32.const 4))) (i32.const ${nr}))))))` : ''}
          (if (i32.lt_u (local.get $p0) (local.get $kc))
            (then
              (local.set $j (i32.const 0))
              (loop $cols
                (local.set $s (i32.shl (i32.add (i32.mul (i32.add (local.get $jc) (i32.add (local.get $jr) (local.get $j))) (local.get $ldb)) (i32.add (local.get $pc) (local.get $p0))) (i32.const 2)))
                (local.set $s (i32.add (local.get $b) (local.get $s)))
                (local.set $d (i32.add (local.get $panel) (i32.shl (i32.add (i32.mul (local.get $p0) (i32.const ${nr})) (local.get $j)) (i32.const 2))))
                (local.set $p (local.get $p0))
                (loop $steps
                  (f32.store (local.get $d) (f32.load (local.get $s)))
                  (local.set $s (i32.add (local.get $s) (i32.const 4)))
                  (local.set $d (i32.add (local.get $d) (i32.const ${nr * 4})))
                  (br_if $steps (i32.lt_u (local.tee $p (i32.add (local.get $p) (i32.const 1))) (local.get $kc))))
                (br_if $cols (i32.lt_u (local.tee $j (i32.add (local.get $j) (i32.const 1))) (local.get $w)))))))
        (else
          ;; B is stored k×n: one k step of the panel is contiguous.
          (local.set $s (i32.shl (i32.add (i32.mul (local.get $pc) (local.get $ldb)) (i32.add (local.get $jc) (local.get $jr))) (i32.const 2)))
          (local.set $s (i32.add (local.get $b) (local.get $s)))
          (local.set $d (local.get $panel))
          (local.set $p (i32.const 0))
          (if (i32.eq (local.get $w) (i32.const ${nr}))
            (then
              (loop $steps
${indent(copyB, 16)}
                (local.set $s (i32.add (local.get $s) (i32.shl (local.get $ldb) (i32.const 2))))
                (local.set $d (i32.add (local.get $d) (i32.const ${nr * 4})))
                (br_if $steps (i32.lt_u (local.tee $p (i32.add (local.get $p) (i32.const 1))) (local.get $kc)))))
            (else
              (loop $steps
                (local.set $j (i32.const 0))
                (loop $cols
                  (f32.store (i32.add (local.get $d) (i32.shl (local.get $j) (i32.const 2)))
                    (f32.load (i32.add (local.get $s) (i32.shl (local.get $j) (i32.const 2)))))
                  (br_if $cols (i32.lt_u (local.tee $j (i32.add (local.get $j) (i32.const 1))) (local.get $w))))
                (local.set $s (i32.add (local.get $s) (i32.shl (local.get $ldb) (i32.const 2))))
                (local.set $d (i32.add (local.get $d) (i32.const ${nr * 4})))
                (br_if $steps (i32.lt_u (local.tee $p (i32.add (local.get $p) (i32.const 1))) (local.get $kc))))))))
      (br_if $panels (i32.lt_u (local.tee $jr (i32.add (local.get $jr) (i32.const ${nr}))) (local.get $nc)))))

  ;; y[0..n) += alpha·x[0..n): four lanes at a time, then the tail. Multiply and add stay separate
  ;; (no fused multiply-add) so both modules round alike. The optimizer's update and bias sums use it.
  (func (export "axpy") (param $n i32) (param $alpha f32) (param $x i32) (param $y i32)
    (local $va v128) (local $end i32) (local $vend i32)
    (local.set $va (f32x4.splat (local.get $alpha)))
    (local.set $end (i32.add (local.get $y) (i32.shl (local.get $n) (i32.const 2))))
    (local.set $vend (i32.add (local.get $y) (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2))))
    (block $vectors
      (loop $vector
        (br_if $vectors (i32.ge_u (local.get $y) (local.get $vend)))
        (v128.store (local.get $y)
          (f32x4.add (v128.load (local.get $y)) (f32x4.mul (local.get $va) (v128.load (local.get $x)))))
        (local.set $x (i32.add (local.get $x) (i32.const 16)))
        (local.set $y (i32.add (local.get $y) (i32.const 16)))
        (br $vector)))
    (block $scalars
      (loop $scalar
        (br_if $scalars (i32.ge_u (local.get $y) (local.get $end)))
        (f32.store (local.get $y) (f32.add (f32.load (local.get $y)) (f32.mul (local.get $alpha) (f32.load (local.get $x)))))
        (local.set $x (i32.add (local.get $x) (i32.const 4)))
        (local.set $y (i32.add (local.get $y) (i32.const 4)))
        (br $scalar))))

  ;; a = relu(z) = (z ≤ 0 ? 0 : z) over n floats, as bp's scalar relu (NaN stays NaN, −0 gives 0).
  (func (export "relu") (param $n i32) (param $z i32) (param $a i32)
    (local $v v128) (local $end i32) (local $vend i32) (local $s f32)
    (local.set $end (i32.add (local.get $a) (i32.shl (local.get $n) (i32.const 2))))
    (local.set $vend (i32.add (local.get $a) (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2))))
    (block $vectors
      (loop $vector
        (br_if $vectors (i32.ge_u (local.get $a) (local.get $vend)))
        (local.set $v (v128.load (local.get $z)))
        (v128.store (local.get $a) (v128.andnot (local.get $v) (f32x4.le (local.get $v) (v128.const f32x4 0 0 0 0))))
        (local.set $z (i32.add (local.get $z) (i32.const 16)))
        (local.set $a (i32.add (local.get $a) (i32.const 16)))
        (br $vector)))
    (block $scalars
      (loop $scalar
        (br_if $scalars (i32.ge_u (local.get $a) (local.get $end)))
        (local.set $s (f32.load (local.get $z)))
        (f32.store (local.get $a) (select (f32.const 0) (local.get $s) (f32.le (local.get $s) (f32.const 0))))
        (local.set $z (i32.add (local.get $z) (i32.const 4)))
        (local.set $a (i32.add (local.get $a) (i32.const 4)))
        (br $scalar))))

  ;; dZ = step(z)·dA over n floats, step(z) = (z > 0 ? 1 : 0) as bp's relu′ (relu′(0) = 0).
  (func (export "reluBackward") (param $n i32) (param $z i32) (param $dA i32) (param $dZ i32)
    (local $end i32) (local $vend i32)
    (local.set $end (i32.add (local.get $dZ) (i32.shl (local.get $n) (i32.const 2))))
    (local.set $vend (i32.add (local.get $dZ) (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2))))
    (block $vectors
      (loop $vector
        (br_if $vectors (i32.ge_u (local.get $dZ) (local.get $vend)))
        (v128.store (local.get $dZ)
          (f32x4.mul
            (v128.and (f32x4.gt (v128.load (local.get $z)) (v128.const f32x4 0 0 0 0)) (v128.const f32x4 1 1 1 1))
            (v128.load (local.get $dA))))
        (local.set $z (i32.add (local.get $z) (i32.const 16)))
        (local.set $dA (i32.add (local.get $dA) (i32.const 16)))
        (local.set $dZ (i32.add (local.get $dZ) (i32.const 16)))
        (br $vector)))
    (block $scalars
      (loop $scalar
        (br_if $scalars (i32.ge_u (local.get $dZ) (local.get $end)))
        (f32.store (local.get $dZ)
          (f32.mul
            (select (f32.const 1) (f32.const 0) (f32.gt (f32.load (local.get $z)) (f32.const 0)))
            (f32.load (local.get $dA))))
        (local.set $z (i32.add (local.get $z) (i32.const 4)))
        (local.set $dA (i32.add (local.get $dA) (i32.const 4)))
        (local.set $dZ (i32.add (local.get $dZ) (i32.const 4)))
        (br $scalar))))

  ;; dst[j] = Σ over r < rows of src[r·cols + j] (rows ≥ 1), added from 0 in row order as a scalar
  ;; loop would: four columns a vector, then the rest. A dense layer's bias gradient.
  (func (export "columnSums") (param $rows i32) (param $cols i32) (param $src i32) (param $dst i32)
    (local $j i32) (local $r i32) (local $p i32) (local $stride i32) (local $acc v128) (local $s f32)
    (local.set $stride (i32.shl (local.get $cols) (i32.const 2)))
${columnSumsLoop('vector')}
${columnSumsLoop('scalar')})

  ;; The index of the first NaN or ±Infinity among n floats at $x, or -1: x − x is 0 exactly when x
  ;; is finite. Vectors skip ahead while all four lanes are finite; the scalar loop finds the index.
  (func (export "firstNonFinite") (param $n i32) (param $x i32) (result i32)
    (local $i i32) (local $d v128) (local $s f32)
    (block $vectors
      (loop $vector
        (br_if $vectors (i32.gt_u (i32.add (local.get $i) (i32.const 4)) (local.get $n)))
        (local.set $d (v128.load (i32.add (local.get $x) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $d (f32x4.sub (local.get $d) (local.get $d)))
        (br_if $vectors (v128.any_true (f32x4.ne (local.get $d) (local.get $d))))
        (local.set $i (i32.add (local.get $i) (i32.const 4)))
        (br $vector)))
    (block $scalars
      (loop $scalar
        (br_if $scalars (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $s (f32.load (i32.add (local.get $x) (i32.shl (local.get $i) (i32.const 2)))))
        (if (f32.ne (f32.sub (local.get $s) (local.get $s)) (f32.const 0)) (then (return (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $scalar)))
    (i32.const -1))

  ;; C (m×n at $c) = or += op(A)·op(B); m, n, k ≥ 1; $lda, $ldb, $ldc are the row strides (in
  ;; floats) of A, B and C as stored, so a block of a larger matrix can be passed. $packA, $packB
  ;; and $tile are scratch buffers of at least roundUp(min(mc, m), MR)·kcp, roundUp(min(nc, n), NR)·kcp
  ;; and MR·NR floats. Each element of C is summed in the same order whatever block it is part of.
  ;; $bias (0: none) is a row of n floats added to every row of C, when not accumulating; $out (0:
  ;; none) receives relu(C), with C's row stride.
  (func (export "gemm") (param $transA i32) (param $transB i32) (param $m i32) (param $n i32) (param $k i32)
        (param $a i32) (param $lda i32) (param $b i32) (param $ldb i32) (param $c i32) (param $ldcFloats i32)
        (param $accumulate i32) (param $bias i32) (param $out i32) (param $packA i32) (param $packB i32) (param $tile i32)
    (local $ldc i32) (local $biasBase i32) (local $actDelta i32)
    (local $jc i32) (local $pc i32) (local $ic i32) (local $jr i32) (local $ir i32)
    (local $ncb i32) (local $kcb i32) (local $kcp i32) (local $mcb i32) (local $add i32)
    (local $rows i32) (local $cols i32) (local $ap i32) (local $bp i32) (local $cp i32)
    (local.set $ldc (i32.shl (local.get $ldcFloats) (i32.const 2)))
    (loop $jcLoop
      (local.set $ncb (i32.sub (local.get $n) (local.get $jc)))
      (if (i32.gt_u (local.get $ncb) (i32.const ${nc})) (then (local.set $ncb (i32.const ${nc}))))
      (local.set $pc (i32.const 0))
      (loop $pcLoop
        (local.set $kcb (i32.sub (local.get $k) (local.get $pc)))
        (if (i32.gt_u (local.get $kcb) (i32.const ${kc})) (then (local.set $kcb (i32.const ${kc}))))
        (local.set $kcp (i32.and (i32.add (local.get $kcb) (i32.const ${unroll - 1})) (i32.const ${-unroll})))
        (call $packB (local.get $transB) (local.get $b) (local.get $ldb) (local.get $pc) (local.get $jc)
          (local.get $kcb) (local.get $kcp) (local.get $ncb) (local.get $packB))
        (local.set $add (i32.or (local.get $accumulate) (i32.ne (local.get $pc) (i32.const 0))))
        (local.set $biasBase
          (select (i32.add (local.get $bias) (i32.shl (local.get $jc) (i32.const 2))) (i32.const 0)
            (i32.and (i32.ne (local.get $bias) (i32.const 0)) (i32.eqz (local.get $add)))))
        (local.set $actDelta
          (select (i32.sub (local.get $out) (local.get $c)) (i32.const 0)
            (i32.and (i32.ne (local.get $out) (i32.const 0)) (i32.ge_u (i32.add (local.get $pc) (local.get $kcb)) (local.get $k)))))
        (local.set $ic (i32.const 0))
        (loop $icLoop
          (local.set $mcb (i32.sub (local.get $m) (local.get $ic)))
          (if (i32.gt_u (local.get $mcb) (i32.const ${mc})) (then (local.set $mcb (i32.const ${mc}))))
          (call $packA (local.get $transA) (local.get $a) (local.get $lda) (local.get $ic) (local.get $pc)
            (local.get $mcb) (local.get $kcb) (local.get $kcp) (local.get $packA))
          (local.set $jr (i32.const 0))
          (loop $jrLoop
            (local.set $cols (i32.sub (local.get $ncb) (local.get $jr)))
            (if (i32.gt_u (local.get $cols) (i32.const ${nr})) (then (local.set $cols (i32.const ${nr}))))
            (local.set $bp (i32.add (local.get $packB) (i32.mul (local.get $jr) (i32.shl (local.get $kcp) (i32.const 2)))))
            (global.set $bias
              (select (i32.add (local.get $biasBase) (i32.shl (local.get $jr) (i32.const 2))) (i32.const 0) (local.get $biasBase)))
            (local.set $ir (i32.const 0))
            (loop $irLoop
              (local.set $rows (i32.sub (local.get $mcb) (local.get $ir)))
              (if (i32.gt_u (local.get $rows) (i32.const ${mr})) (then (local.set $rows (i32.const ${mr}))))
              (local.set $ap (i32.add (local.get $packA) (i32.mul (local.get $ir) (i32.shl (local.get $kcp) (i32.const 2)))))
              (local.set $cp (i32.add (local.get $c)
                (i32.add (i32.mul (i32.add (local.get $ic) (local.get $ir)) (local.get $ldc))
                         (i32.shl (i32.add (local.get $jc) (local.get $jr)) (i32.const 2)))))
              (if (i32.and (i32.eq (local.get $rows) (i32.const ${mr})) (i32.eq (local.get $cols) (i32.const ${nr})))
                (then
                  (global.set $act (local.get $actDelta))
                  (call $kernel (local.get $kcp) (local.get $ap) (local.get $bp) (local.get $cp) (local.get $ldc) (local.get $add)))
                (else
                  (global.set $act (i32.const 0))
                  (call $kernel (local.get $kcp) (local.get $ap) (local.get $bp) (local.get $tile) (i32.const ${nr * 4}) (i32.const 0))
                  (call $edge (local.get $tile) (local.get $cp) (local.get $ldc) (local.get $rows) (local.get $cols) (local.get $add)
                    (local.get $actDelta))))
              (br_if $irLoop (i32.lt_u (local.tee $ir (i32.add (local.get $ir) (i32.const ${mr}))) (local.get $mcb))))
            (br_if $jrLoop (i32.lt_u (local.tee $jr (i32.add (local.get $jr) (i32.const ${nr}))) (local.get $ncb))))
          (br_if $icLoop (i32.lt_u (local.tee $ic (i32.add (local.get $ic) (i32.const ${mc}))) (local.get $m))))
        (br_if $pcLoop (i32.lt_u (local.tee $pc (i32.add (local.get $pc) (i32.const ${kc}))) (local.get $k))))
      (br_if $jcLoop (i32.lt_u (local.tee $jc (i32.add (local.get $jc) (i32.const ${nc}))) (local.get $n))))))
`;
}

/** The smallest module that uses a v128 value: `WebAssembly.validate` accepts it only where SIMD runs. */
export const SIMD_PROBE_WAT = '(module (func (result v128) (v128.const i32x4 0 0 0 0)))';

/** The smallest module that uses a relaxed-SIMD instruction. */
export const RELAXED_PROBE_WAT = `(module (func (result v128)
  (f32x4.relaxed_madd (v128.const i32x4 0 0 0 0) (v128.const i32x4 0 0 0 0) (v128.const i32x4 0 0 0 0))))`;
