package org.shequ.relief;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member of the applying household, with their monthly income. */
@Entity
@Table(name = "relief_household_member")
public class HouseholdMember {

	static final int ADULT_AGE = 18;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "seq_no")
	private int seqNo;

	@Column(name = "member_name")
	private String name;

	private String relationship;

	private int age;

	@Column(name = "monthly_income")
	private BigDecimal monthlyIncome;

	protected HouseholdMember() {
	}

	HouseholdMember(int seqNo, String name, String relationship, int age, BigDecimal monthlyIncome) {
		this.seqNo = seqNo;
		this.name = name;
		this.relationship = relationship;
		this.age = age;
		this.monthlyIncome = monthlyIncome;
	}

	boolean isMinor() {
		return age < ADULT_AGE;
	}

	public int getSeqNo() {
		return seqNo;
	}

	public String getName() {
		return name;
	}

	public String getRelationship() {
		return relationship;
	}

	public int getAge() {
		return age;
	}

	public BigDecimal getMonthlyIncome() {
		return monthlyIncome;
	}

}
