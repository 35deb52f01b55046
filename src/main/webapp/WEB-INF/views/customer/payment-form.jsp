<fmt:message key="payment.title" var="title"/>
<t:layout title="${title}" active="pelanggan">
<div class="page-head">
    <h1 class="page-title"><c:out value="${title}"/>: <c:out value="${customer.name}"/></h1>
    <div class="page-actions"><a class="btn" href="<c:url value='/pelanggan/rekening'><c:param name='id' value='${customer.id}'/></c:url>"><fmt:message key="customer.statement"/></a></div>
</div>
<c:choose>
<c:when test="${onHub}"><div class="alert alert-info"><fmt:message key="error.bonOnHub"/></div></c:when>
<c:otherwise>
<c:if test="${not empty errors}">
    <fmt:message key="${empty errors['form'] ? 'error.form' : errors['form']}" var="errorText"/>
    <div class="alert alert-error" role="alert" id="payment-error"><c:out value="${errorText}"/></div>
</c:if>
<p class="lead"><fmt:message key="payment.owed"/> <strong id="owed" class="money"><c:out value="${cermin:rupiah(owed)}"/></strong></p>
<form method="post" action="<c:url value='/pelanggan/bayar'/>" class="form" novalidate>
    <t:csrf/>
    <input type="hidden" name="key" value="<c:out value='${cermin:newKey()}'/>">
    <input type="hidden" name="customerId" value="<c:out value='${customer.id}'/>">
    <c:if test="${not empty errors['amount']}">
        <fmt:message key="${errors['amount']}" var="amountError"><fmt:param value="${cermin:rupiah(owed)}"/></fmt:message>
    </c:if>
    <div class="field${empty errors['amount'] ? '' : ' invalid'}">
        <label for="f-amount"><fmt:message key="payment.amount"/></label>
        <input id="f-amount" name="amount" class="num money" inputmode="numeric" maxlength="20" autofocus
               value="<c:out value='${empty param.amount ? owed : param.amount}'/>">
        <c:if test="${not empty amountError}"><div class="error" id="e-amount"><c:out value="${amountError}"/></div></c:if>
    </div>
    <t:field name="method" label="payment.method">
        <select id="f-method" name="method">
            <c:forEach items="${methods}" var="m">
                <option value="${m}" ${m == param.method ? 'selected' : ''}><fmt:message key="method.${m}"/></option>
            </c:forEach>
        </select>
    </t:field>
    <t:field name="reference" label="kasir.payRef">
        <input id="f-reference" name="reference" maxlength="60" value="<c:out value='${param.reference}'/>">
    </t:field>
    <t:field name="note" label="stockin.note">
        <input id="f-note" name="note" maxlength="255" value="<c:out value='${param.note}'/>">
    </t:field>
    <div class="actions"><button type="submit" class="btn btn-primary" id="pay-button"><fmt:message key="payment.save"/></button></div>
</form>
</c:otherwise>
</c:choose>
<h2 class="section-title"><fmt:message key="statement.open"/></h2>
<p class="hint muted"><fmt:message key="statement.fifo"/></p>
<div class="table-wrap">
<table class="data" id="open-bons">
    <thead><tr><th><fmt:message key="report.receipt"/></th><th><fmt:message key="report.time"/></th>
        <th class="num"><fmt:message key="statement.charged"/></th><th class="num"><fmt:message key="statement.outstanding"/></th></tr></thead>
    <tbody>
    <c:forEach items="${open}" var="b">
        <tr><td><c:out value="${b.receiptNo()}"/></td><td><c:out value="${cermin:date(b.soldAt())}"/></td>
            <td class="num money"><c:out value="${cermin:rupiah(b.amount())}"/></td>
            <td class="num money"><c:out value="${cermin:rupiah(b.outstanding())}"/></td></tr>
    </c:forEach>
    <c:if test="${empty open}"><tr><td colspan="4" class="muted"><fmt:message key="statement.noOpen"/></td></tr></c:if>
    </tbody>
</table>
</div>
</t:layout>
