#!/usr/bin/env bash
# Trains and measures SafeReply's learned classifier. Run from anywhere; works in the repository root.
#   tools/train/train.sh import DIR copy the writers' <voice>.jsonl files in (invalid, duplicate, shared-set lines left out)
#   tools/train/train.sh validate   corpus counts and rejected lines
#   tools/train/train.sh compare    held out by voice: rules alone vs each candidate (markdown on stdout; TRAIN_THREADS fits at once, default one per core;
#                                   MiniLM embeddings cached in tools/train/target/minilm-embeddings.bin)
#   tools/train/train.sh fit        thresholds + final model -> libs/core/src/main/resources/.../model.bin.gz (TRAIN_THREADS as compare;
#                                   thresholds from 10 folds of voices; TRAIN_FOLDS=k another count for a trial, 0 leave one voice out)
#   tools/train/train.sh fit-minilm the same for the model with a MiniLM sentence embedding -> .../model-minilm.bin.gz (embeddings cached as compare)
#                                   (fit, fit-minilm: TRAIN_MISSES=FILE also writes the emergencies and crises missed out of fold, a JSON line each)
#                                   (fit, fit-minilm, round: TRAIN_FLAGS=FILE also writes each comment's emergency and crisis flags, out of fold for a fit)
#   tools/train/train.sh either A B    two such flag files joined: each one's flag recall and precision, and raising a flag when either does
#   tools/train/train.sh shared     the model file on ../shared/eval/real_comments.jsonl (or $SAFEREPLY_EVAL): measuring only
#   tools/train/train.sh round [DIR] the model file on a round of writers' files not trained on (default tools/train/awaiting-import): measuring only
#                                   (shared and round: TRAIN_MODEL=FILE measures another model file, a trial's or an earlier one)
#   tools/train/train.sh speed      model load + triage p50/p99, warm, pinned to one core (speed-minilm: the MiniLM engine's)
#   tools/train/train.sh shared-minilm  the compare winner MiniLM + n-grams + cues, fitted like fit (nothing written): its held-out figures, then the shared set: measuring only
#   tools/train/train.sh minilm-speed  MiniLM model load + embedding time per comment, warm, pinned to one core
#   tools/train/train.sh minilm-throughput  MiniLM embeddings per second (TRAIN_THREADS threads, default one per core up to 4, one shared session)
#   tools/train/train.sh minilm-batch-throughput  the same in padded batches of 32 (windows of 256 comments sorted by length)
#   tools/train/train.sh guard-rounds [round ...]  the guard's learned check held out by red-team round vs the rules alone
#   tools/train/train.sh guard-fit [t [ts]] the guard's learned check on every round not held out -> libs/core/.../guard/learned/draft-model.bin.gz
#                                   (t: whole-reply threshold, ts: one-sentence threshold)
#   tools/train/train.sh themes-compare  the digest's complaint-theme model held out by voice vs the lexicon cues alone
#   tools/train/train.sh themes-fit      the theme model on every voice of tools/train/themes -> libs/core/.../themes/theme-model.bin.gz
#   tools/train/train.sh themes-eval F   the shipped theme model and the cues alone on a labelled file (measuring only)
# Deterministic: same corpus, same seed, same model file.
set -euo pipefail
cd "$(dirname "$0")/../.."
MVN=(./mvnw)
if [ -x /work/bin/mvnq ]; then MVN=(/work/bin/mvnq -o); fi   # the shared dev machine: build-slot queue, offline
"${MVN[@]}" -B -ntp -q -pl tools/train -am package -DskipTests >&2
JAR=tools/train/target/safereply-train.jar
if [ "${1:-}" = speed ] || [ "${1:-}" = speed-minilm ] || [ "${1:-}" = minilm-speed ]; then
  exec taskset -c 0 java -XX:ActiveProcessorCount=1 -jar "$JAR" "$@"
fi
# The MiniLM commands hold every comment's 384-value vector stacked with its features (about 3 KB a comment): 4 GB for
# them, 2 GB for the rest; TRAIN_HEAP overrides both.
case "${1:-}" in
  fit-minilm|shared-minilm|compare) HEAP=4g ;;
  *) HEAP=2g ;;
esac
exec java -Xmx"${TRAIN_HEAP:-$HEAP}" -jar "$JAR" "$@"
