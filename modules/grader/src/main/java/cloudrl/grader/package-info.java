/** The episode grader. */
package cloudrl.grader;
