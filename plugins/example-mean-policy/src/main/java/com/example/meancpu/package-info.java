/** The mean-cpu example policy, which bundles its own library. */
package com.example.meancpu;
