/** @module answer/linear-model — the linear-model file reader, kept in core/ so search/ (the learned ranking) reads models the same way. */
export { contributions, type LinearModel, ModelFileError, readLinearModel } from '../core/linear-model.ts';
