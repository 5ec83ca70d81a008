/** The flash-crowd workload and its provider. */
package com.example.flashcrowd;
