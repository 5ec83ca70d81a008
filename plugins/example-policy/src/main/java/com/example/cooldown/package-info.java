/** The cooldown policy and its provider. */
package com.example.cooldown;
