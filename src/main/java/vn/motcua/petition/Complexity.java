package vn.motcua.petition;

/**
 * How complex a complaint or denunciation is (ND 31/2019 Art. 3: complex = at least one criterion,
 * especially complex = two or more); it decides how many extensions the law allows.
 */
public enum Complexity {
	ORDINARY, COMPLEX, ESPECIALLY_COMPLEX
}
